import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'suomifi-ui-components';
import { useCodeLabels } from '../../lib/code-labels';
import { localize } from '../../lib/localize';
import type { RouterOutputs } from '../../lib/trpc';

export type Facets = RouterOutputs['services']['search']['facets'];
export type FacetName = keyof Facets;
export const facetNames: FacetName[] = ['areas', 'languages', 'organizationTypes', 'organizationIds', 'targetGroups', 'serviceClasses', 'keywords'];

/** Checkbox lists per facet with counts; counts ignore the facet's own selection. Re-renders only when they change. */
export const FacetPanel = memo(function FacetPanel({ facets, selected, onToggle }: { facets: Facets | undefined; selected: Record<FacetName, string[]>; onToggle: (facet: FacetName, value: string) => void }) {
  const { t, i18n } = useTranslation();
  const codeLabel = useCodeLabels(i18n.language);
  const label = (facet: FacetName, value: string, given: Facets[FacetName][number]['label']) => {
    if (facet === 'areas') return t(`scope.${value}`);
    if (facet === 'languages') return t(`languageCompleteness.${value}`);
    if (facet === 'organizationTypes') return t(`organizationType.${value}`, { defaultValue: value });
    if (facet === 'serviceClasses') return codeLabel('serviceClasses', value);
    if (facet === 'targetGroups') return codeLabel('targetGroups', value);
    return localize(given, i18n.language) || value;
  };
  return (
    <div className="lp-facets">
      {facetNames.map((facet) => (
        <fieldset key={facet} className="lp-fieldset">
          <legend>{t(`facet.${facet}`)}</legend>
          {(facets?.[facet] ?? []).map((v) => (
            <Checkbox key={v.value} checked={selected[facet].includes(v.value)} onClick={() => onToggle(facet, v.value)}>
              {`${label(facet, v.value, v.label)} (${v.count})`}
            </Checkbox>
          ))}
          {facets && facets[facet].length === 0 && <span className="lp-muted lp-small">—</span>}
        </fieldset>
      ))}
    </div>
  );
});
