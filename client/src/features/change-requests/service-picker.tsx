import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SearchInput, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { ServiceSearchResults, useServiceSearch } from '../../components/service-search-results';
import { localize, type Localized } from '../../lib/localize';

export interface PickedService {
  id: string;
  name: Localized;
}

/** Chooses one service of the region by searching the catalogue (name, owner or id). */
export function ServicePicker({ region, value, onChange, invalid }: { region: string; value: PickedService | null; onChange: (service: PickedService | null) => void; invalid: boolean }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const results = useServiceSearch(region, query, value === null);
  if (value) {
    return (
      <div className="lp-actions" data-testid="picked-service">
        <Text>{t('changeRequests.form.chosenService', { name: localize(value.name, i18n.language) || value.id })}</Text>
        <Button variant="secondaryNoBorder" onClick={() => onChange(null)}>{t('changeRequests.form.changeService')}</Button>
      </div>
    );
  }
  return (
    <div>
      <SearchInput
        labelText={t('changeRequests.form.serviceSearch')}
        clearButtonLabel={t('common.clear')}
        searchButtonLabel={t('changeRequests.form.serviceSearch')}
        debounce={200}
        status={invalid ? 'error' : 'default'}
        statusText={invalid ? t('changeRequests.form.serviceRequired') : undefined}
        onChange={(v) => setQuery(String(v))}
        onSearch={(v) => setQuery(String(v))}
        fullWidth
      />
      {results.error && <ErrorMessage error={results.error} />}
      <ServiceSearchResults
        found={results.data}
        noResultsText={t('common.noResults')}
        actions={(s) => (
          <Button variant="secondary" onClick={() => onChange({ id: s.id, name: s.name })} aria-label={`${t('changeRequests.form.choose')}: ${localize(s.name, i18n.language)}`}>
            {t('changeRequests.form.choose')}
          </Button>
        )}
      />
    </div>
  );
}
