import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, SearchInput } from 'suomifi-ui-components';
import { changeRequestStates, changeRequestTypes, type ChangeRequestState } from '../../../../shared/domain/change-request';
import type { RecipientGroup } from '../../../../shared/schemas/change-requests-api';
import { isState, recipientKey, statesParam, type RequestFilters } from './request-filters';
import { recipientText, typeText } from './request-words';
import { StringsMultiSelect } from '../../components/strings-multi-select';

const all = '__all';

/** States (several), recipient, type and free text; every change goes to the URL. */
export function RequestFilterBar({ filters, recipients, onChange }: { filters: RequestFilters; recipients: readonly RecipientGroup[]; onChange: (changes: Record<string, string | null>) => void }) {
  const { t, i18n } = useTranslation();
  const stateItems = changeRequestStates.map((s): { uniqueItemId: ChangeRequestState; labelText: string } => ({ uniqueItemId: s, labelText: t(`changeRequests.state.${s}`) }));
  const filtering = filters.states.length > 0 || filters.recipient !== '' || filters.type !== '' || filters.query !== '';
  return (
    <div className="lp-toolbar" role="search" aria-label={t('changeRequests.filter.label')}>
      <SearchInput
        labelText={t('changeRequests.filter.search')}
        clearButtonLabel={t('common.clear')}
        searchButtonLabel={t('changeRequests.filter.search')}
        value={filters.query}
        onChange={(value) => onChange({ q: String(value) })}
        onSearch={(value) => onChange({ q: String(value) })}
      />
      <div style={{ minWidth: 260 }}>
        <StringsMultiSelect
          id="cr-filter-states"
          labelText={t('changeRequests.filter.states')}
          visualPlaceholder={t('changeRequests.summary.allStates')}
          items={stateItems}
          selected={filters.states}
          onChange={(chosen) => onChange({ state: statesParam(chosen.filter(isState)) })}
        />
      </div>
      <Dropdown labelText={t('changeRequests.filter.recipient')} value={filters.recipient || all} onChange={(value) => onChange({ to: value === all ? null : value })}>
        {[
          <DropdownItem key={all} value={all}>{t('changeRequests.summary.allRecipients')}</DropdownItem>,
          ...recipients.map((group) => (
            <DropdownItem key={recipientKey(group.recipient)} value={recipientKey(group.recipient)}>
              {recipientText(group.recipient, t, group.recipientLabel, i18n.language)}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <Dropdown labelText={t('changeRequests.filter.type')} value={filters.type || all} onChange={(value) => onChange({ type: value === all ? null : value })}>
        {[
          <DropdownItem key={all} value={all}>{t('common.all')}</DropdownItem>,
          ...changeRequestTypes.map((type) => (
            <DropdownItem key={type} value={type}>{typeText(type, t)}</DropdownItem>
          )),
        ]}
      </Dropdown>
      {filtering && (
        <Button variant="secondaryNoBorder" onClick={() => onChange({ q: null, state: null, to: null, type: null })}>
          {t('changeRequests.filter.clear')}
        </Button>
      )}
    </div>
  );
}
