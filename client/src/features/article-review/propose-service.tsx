import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, SearchInput, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { ServiceSearchResults, useServiceSearch } from '../../components/service-search-results';
import { useTRPC } from '../../lib/trpc';

/**
 * Proposes a service that should be in the article: search the catalogue, see why it does
 * not surface, and include it (it then shows as missing until the catalogue or rule changes).
 */
export function ProposeService({
  region,
  articleId,
  onPropose,
  onRequestDescription,
  busy,
  canPropose,
  canRequest,
}: {
  region: string;
  articleId: string;
  onPropose: (serviceId: string) => Promise<unknown>;
  onRequestDescription: () => void;
  busy: boolean;
  /** May add a service to the approved list (decide). */
  canPropose: boolean;
  /** May request a new description. */
  canRequest: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const [explained, setExplained] = useState<string | null>(null);
  const results = useServiceSearch(region, query);
  const explain = useQuery({ ...trpc.services.explain.queryOptions({ region, articleId, serviceId: explained ?? '-' }), enabled: explained !== null });
  return (
    <section className="lp-panel" aria-labelledby="propose-heading">
      <Heading variant="h3" as="h2" id="propose-heading">{t('propose.heading')}</Heading>
      <SearchInput
        labelText={t('propose.search')}
        clearButtonLabel={t('common.clear')}
        searchButtonLabel={t('propose.search')}
        debounce={200}
        onChange={(value) => setQuery(String(value))}
        onSearch={(value) => setQuery(String(value))}
      />
      {results.error && <ErrorMessage error={results.error} />}
      <ServiceSearchResults
        found={results.data}
        noResultsText={t('propose.noResults')}
        detail={(s) =>
          explained === s.id &&
          explain.data && (
            <p className="lp-missing" data-testid="absence">
              {explain.data.absence ? t(`missingReason.${explain.data.absence.reason}`) : t('propose.alreadySurfaces')}
              {explain.data.absence && explain.data.absence.detail.length > 0 && ` (${explain.data.absence.detail.map((g) => t(`reasonKind.${g}`)).join(', ')})`}
            </p>
          )
        }
        actions={(s) => (
          <div className="lp-actions">
            <Button variant="secondaryNoBorder" onClick={() => setExplained(s.id)}>{t('propose.why')}</Button>
            {canPropose && <Button variant="secondary" disabled={busy} onClick={() => void onPropose(s.id)}>{t('propose.add')}</Button>}
          </div>
        )}
      />
      <Text>{t('propose.notInCatalogue')}</Text>{' '}
      {canRequest && <Button variant="secondary" onClick={onRequestDescription}>{t('request.open')}</Button>}
    </section>
  );
}
