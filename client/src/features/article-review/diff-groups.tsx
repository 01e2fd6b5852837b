import { useTranslation } from 'react-i18next';
import { Button, Heading, Text } from 'suomifi-ui-components';
import { categoryOrder, groupKey, scopeOrder, type ReviewItem } from './review-types';
import { ServiceRow, type RowActions } from './service-row';

export interface DiffGroupsProps {
  /** Every item, for the counts; `visible` are the rows shown. */
  ordered: readonly ReviewItem[];
  visible: readonly ReviewItem[];
  selected: ReadonlySet<string>;
  activeId: string | null;
  busy: boolean;
  rowRef: (serviceId: string, element: HTMLLIElement | null) => void;
  actionsFor: (item: ReviewItem) => RowActions;
  /** Absent when the person may not decide (nothing to do with a selection). */
  onSelectRows?: (serviceIds: string[], select: boolean) => void;
  onExpand: (group: string) => void;
}

/** The diff by category, each split into the county's own services, national ones and unavailable ones. */
export function DiffGroups({ ordered, visible, selected, activeId, busy, rowRef, actionsFor, onSelectRows, onExpand }: DiffGroupsProps) {
  const { t } = useTranslation();
  return categoryOrder.map((category) => {
    const total = ordered.filter((i) => i.category === category);
    if (total.length === 0) return null;
    const shown = visible.filter((i) => i.category === category);
    return (
      <section key={category} className={`lp-group lp-group-${category}`} aria-labelledby={`group-${category}`}>
        <Heading variant="h2" id={`group-${category}`}>
          {t(`category.${category}`)} ({total.length})
        </Heading>
        <Text className="lp-muted lp-small">{t(`categoryHelp.${category}`)}</Text>
        {scopeOrder.map((scope) => {
          const rows = shown.filter((i) => i.scope === scope);
          const scopeItems = total.filter((i) => i.scope === scope);
          const inScope = scopeItems.length;
          if (rows.length === 0) return null;
          // "Select group" means the whole group, also the rows not shown yet.
          const allSelected = scopeItems.every((r) => selected.has(r.serviceId));
          return (
            <div key={scope ?? 'none'}>
              <div className="lp-scope-heading">
                <Heading variant="h3" as="h3">{t(`scope.${scope ?? 'none'}`)} ({inScope})</Heading>
                {onSelectRows && (
                  <Button variant="secondaryNoBorder" onClick={() => onSelectRows(scopeItems.map((r) => r.serviceId), !allSelected)}>
                    {allSelected ? t('review.unselectGroup') : t('review.selectGroup')}
                  </Button>
                )}
              </div>
              <ul className="lp-rows">
                {rows.map((item) => (
                  <ServiceRow
                    key={item.serviceId}
                    ref={(element) => rowRef(item.serviceId, element)}
                    item={item}
                    active={item.serviceId === activeId}
                    selected={selected.has(item.serviceId)}
                    busy={busy}
                    actions={actionsFor(item)}
                  />
                ))}
              </ul>
              {inScope > rows.length && (
                <Button variant="secondary" onClick={() => onExpand(groupKey(category, scope))}>
                  {t('review.showAll', { count: inScope })}
                </Button>
              )}
            </div>
          );
        })}
      </section>
    );
  });
}
