import { useTranslation } from 'react-i18next';
import type { ChangeRequestState } from '../../../../shared/domain/change-request';
import './change-requests.css';

/** A mark per state, so the state reads without colour too (the word is always there as well). */
const marks: Record<ChangeRequestState, string> = {
  draft: '✎',
  ready: '●',
  sent: '➜',
  done: '☑',
  verified: '✔',
  rejected: '✖',
  withdrawn: '–',
};

/** A request's state as a badge: mark, word and colour. */
export function StateBadge({ state }: { state: ChangeRequestState }) {
  const { t } = useTranslation();
  return (
    <span className={`lp-cr-state lp-cr-state-${state}`} data-state={state}>
      <span aria-hidden="true">{marks[state]} </span>
      {t(`changeRequests.state.${state}`)}
    </span>
  );
}
