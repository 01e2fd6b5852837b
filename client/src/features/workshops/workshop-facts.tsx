import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/format-date';
import { DeadlineText } from './deadline-text';

type Facts = {
  date: string;
  mode: string;
  deadline: string | null;
  open: boolean;
  facilitator: { name: string } | null;
};

/** A workshop's facts: its day, how it runs, the deadline and who facilitates; the last rows are the children. */
export function WorkshopFacts({ workshop: w, children }: { workshop: Facts; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="lp-ws-facts">
      <dt>{t('workshops.date')}</dt>
      <dd>{formatDay(w.date, i18n.language)}</dd>
      <dt>{t('workshops.mode')}</dt>
      <dd>{w.mode === 'live' ? t('workshops.modeLive') : t('workshops.modeAsync')}</dd>
      {w.deadline && (
        <>
          <dt>{t('workshops.deadline')}</dt>
          <dd><DeadlineText deadline={w.deadline} open={w.open} /></dd>
        </>
      )}
      {w.facilitator && (
        <>
          <dt>{t('workshops.facilitator')}</dt>
          <dd>{w.facilitator.name}</dd>
        </>
      )}
      {children}
    </dl>
  );
}
