import { useTranslation } from 'react-i18next';
import { localize } from '../../lib/localize';
import type { RouterOutputs } from '../../lib/trpc';

type Drift = NonNullable<RouterOutputs['signoffs']['state']['drift']>;
type DriftService = Drift['began'][number];

/** Exactly what changed since the sign-off, one group per kind of change; empty groups are left out. */
export function DriftList({ drift }: { drift: Drift }) {
  const { t, i18n } = useTranslation();
  const name = (s: DriftService) => localize(s.name, i18n.language) || s.serviceId;
  const decision = (value: string | null) => (value ? t(`decision.${value}`) : t('signoff.noDecision'));
  const group = (id: string, heading: string, items: { key: string; text: string }[]) =>
    items.length > 0 && (
      <section aria-labelledby={id} key={id}>
        <h3 id={id}>{heading}</h3>
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      </section>
    );
  const services = (list: DriftService[]) => list.map((s) => ({ key: s.serviceId, text: name(s) }));
  return (
    <div className="lp-drift-groups" data-testid="signoff-drift">
      {group('drift-began', t('signoff.beganHeading', { count: drift.began.length }), services(drift.began))}
      {group('drift-stopped', t('signoff.stoppedHeading', { count: drift.stopped.length }), services(drift.stopped))}
      {group('drift-content', t('signoff.contentHeading', { count: drift.contentChanged.length }), services(drift.contentChanged))}
      {group(
        'drift-decisions',
        t('signoff.decisionsHeading', { count: drift.decisions.length }),
        drift.decisions.map((d) => ({ key: d.serviceId, text: `${name(d)}: ${t('signoff.decisionChange', { before: decision(d.before), after: decision(d.after) })}` })),
      )}
    </div>
  );
}
