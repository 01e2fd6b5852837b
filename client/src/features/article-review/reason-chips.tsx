import { useTranslation } from 'react-i18next';
import type { SurfacingReasons } from '../../../../shared/domain/types';
import type { FlagItemKind } from '../../../../shared/schemas/review-api';
import { useAreaLabel } from '../../lib/area-label';
import { keywordLabel, useCodeLabels } from '../../lib/code-labels';
import type { Localized } from '../../lib/localize';

type Reasons = SurfacingReasons;

export type ReasonItem = { kind: FlagItemKind; value: string; label: string };

/** The items that let a service in, each with a readable label in the UI language. */
export function useReasonItems(): (reasons: Reasons, keywordLabels: Record<string, Localized> | undefined) => ReasonItem[] {
  const { i18n } = useTranslation();
  const codeLabel = useCodeLabels(i18n.language);
  const areaLabel = useAreaLabel();
  return (reasons, keywordLabels) => [
    ...reasons.keywords.map((value) => ({ kind: 'keywords' as const, value, label: keywordLabel(value, keywordLabels, i18n.language) })),
    ...reasons.serviceClasses.map((value) => ({ kind: 'serviceClasses' as const, value, label: codeLabel('serviceClasses', value) })),
    ...reasons.targetGroups.map((value) => ({ kind: 'targetGroups' as const, value, label: codeLabel('targetGroups', value) })),
    ...reasons.lifeEvents.map((value) => ({ kind: 'lifeEvents' as const, value, label: codeLabel('lifeEvents', value) })),
    { kind: 'area' as const, value: reasons.areaVia, label: areaLabel(reasons.areaVia) },
  ];
}

/** Why a service surfaces, as chips: keyword, class, target group, life event, area (and pinned). */
export function ReasonChips({ reasons, keywordLabels }: { reasons: Reasons; keywordLabels: Record<string, Localized> | undefined }) {
  const { t } = useTranslation();
  const items = useReasonItems()(reasons, keywordLabels);
  return (
    <ul className="lp-chips" aria-label={t('review.whySurfaces')}>
      {reasons.pinned && <li className="lp-chip lp-chip-pinned">{t('review.pinned')}</li>}
      {items.map((item) => (
        <li key={`${item.kind}:${item.value}`} className={`lp-chip lp-chip-${item.kind}`} title={item.value}>
          <span className="lp-chip-kind">{t(`reasonKind.${item.kind}`)}:</span> {item.label}
        </li>
      ))}
    </ul>
  );
}
