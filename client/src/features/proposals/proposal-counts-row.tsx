import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { formatDateTime } from '../../lib/format-date';
import { localize } from '../../lib/localize';
import type { RouterOutputs } from '../../lib/trpc';

export type ServiceProposals = RouterOutputs['proposals']['forArticle']['services'][number];

/** One service's proposals: the counts side by side, each person's say on opening it, and "accept majority". */
export function ProposalCountsRow({ proposals: s, decision, onAccept, busy }: { proposals: ServiceProposals; decision: 'include' | 'exclude' | null; onAccept: (() => void) | null; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const name = s.service ? localize(s.service.name, i18n.language) : s.serviceId;
  const kindLabel = { belongs: t('proposals.belongs'), not_belongs: t('proposals.notBelongs'), missing: t('proposals.missing') };
  const acceptText = s.majority === 'include' ? t('proposals.acceptInclude') : t('proposals.acceptExclude');
  const counts = [
    s.counts.belongs > 0 && t('proposals.countBelongs', { count: s.counts.belongs }),
    s.counts.not_belongs > 0 && t('proposals.countNotBelongs', { count: s.counts.not_belongs }),
    s.counts.missing > 0 && t('proposals.countMissing', { count: s.counts.missing }),
  ].filter(Boolean);
  return (
    <li className="lp-proposals-row">
      <details>
        <summary>
          <strong>{name}</strong>
          <span className="lp-proposals-counts">{counts.join(' · ')}</span>
        </summary>
        <ul className="lp-proposals-people">
          {s.proposals.map((p) => (
            <li key={p.id}>
              <strong>{p.userName}</strong>: {kindLabel[p.kind]}
              <span className="lp-small lp-muted"> · {formatDateTime(p.updatedAt, i18n.language)}{p.state === 'accepted' ? ` · ${t('proposals.stateAccepted')}` : ''}</span>
              {p.comment && <div className="lp-small">“{p.comment}”</div>}
            </li>
          ))}
        </ul>
      </details>
      <div className="lp-small lp-muted">
        {!s.surfaces && `${t('proposals.notSurfacing')} · `}
        {decision ? t('proposals.currentDecision', { decision: decision === 'include' ? t('proposals.include') : t('proposals.exclude') }) : t('proposals.noDecision')}
        {s.majority === null && s.open > 0 && ` · ${t('proposals.noMajority')}`}
      </div>
      {onAccept && s.majority && (
        // The visible words start the accessible name, so speech control finds the button by what it says.
        <Button variant="secondary" disabled={busy} onClick={onAccept} aria-label={`${acceptText} – ${name}`}>
          {acceptText}
        </Button>
      )}
    </li>
  );
}
