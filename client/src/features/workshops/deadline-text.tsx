import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/format-date';
import { daysLeft } from './workshop-dates';

/** The deadline with how much time is left, or that it has passed: what makes people take part in time. */
export function DeadlineText({ deadline, open }: { deadline: string; open: boolean }) {
  const { t, i18n } = useTranslation();
  const day = formatDay(deadline, i18n.language);
  if (!open) return <span className="lp-ws-closed">{t('workshops.deadlinePassed', { day })}</span>;
  const left = daysLeft(deadline);
  return <span>{left <= 0 ? t('workshops.deadlineToday', { day }) : t('workshops.deadlineIn', { day, count: left })}</span>;
}
