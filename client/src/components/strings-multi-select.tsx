import { useTranslation } from 'react-i18next';
import { MultiSelect } from 'suomifi-ui-components';

export type StringItem = { uniqueItemId: string; labelText: string };

/** A MultiSelect whose value is the chosen items' ids, with chips and the shared texts for screen readers. */
export function StringsMultiSelect({ id, className, labelText, hintText, visualPlaceholder, items, selected, onChange }: { id?: string; className?: string; labelText: string; hintText?: string; visualPlaceholder?: string; items: StringItem[]; selected: string[]; onChange: (selected: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      id={id}
      className={className}
      labelText={labelText}
      hintText={hintText}
      visualPlaceholder={visualPlaceholder}
      items={items}
      selectedItems={items.filter((item) => selected.includes(item.uniqueItemId))}
      onItemSelectionsChange={(chosen) => onChange(chosen.map((item) => item.uniqueItemId))}
      chipListVisible
      ariaChipActionLabel={t('common.remove')}
      removeAllButtonLabel={t('common.removeAll')}
      noItemsText={t('common.noResults')}
      ariaSelectedAmountTextFunction={(n) => t('common.selectedAmount', { count: n })}
      ariaOptionsAvailableTextFunction={(n) => t('common.optionsAvailable', { count: n })}
      ariaOptionChipRemovedTextFunction={(name) => t('common.removed', { name })}
      fullWidth
    />
  );
}
