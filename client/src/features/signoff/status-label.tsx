import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../../../../shared/domain/review-status';
import './signoff.css';

/** An article's status as a label; the states after a lead's action stand out by colour, and always by word. */
export function StatusLabel({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return <span className={`lp-status lp-status-${status}`}>{t(`status.${status}`)}</span>;
}
