import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SearchInput, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { localize, type Localized } from '../../lib/localize';
import { useTRPC } from '../../lib/trpc';

export interface PickedService {
  id: string;
  name: Localized;
}

/** Chooses one service of the region by searching the catalogue (name, owner or id). */
export function ServicePicker({ region, value, onChange, invalid }: { region: string; value: PickedService | null; onChange: (service: PickedService | null) => void; invalid: boolean }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const results = useQuery({ ...trpc.services.search.queryOptions({ region, query, limit: 8 }), enabled: value === null && query.trim().length >= 2 });
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
      <ul className="lp-results" aria-live="polite">
        {(results.data?.services ?? []).map((s) => (
          <li key={s.id}>
            <div>
              <strong>{localize(s.name, i18n.language)}</strong>
              <div className="lp-small lp-muted">{localize(s.organizationName, i18n.language)}</div>
            </div>
            <Button variant="secondary" onClick={() => onChange({ id: s.id, name: s.name })} aria-label={`${t('changeRequests.form.choose')}: ${localize(s.name, i18n.language)}`}>
              {t('changeRequests.form.choose')}
            </Button>
          </li>
        ))}
        {results.data && results.data.total === 0 && <li className="lp-muted">{t('common.noResults')}</li>}
      </ul>
    </div>
  );
}
