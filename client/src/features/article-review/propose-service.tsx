import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, SearchInput, Text } from 'suomifi-ui-components';
import { ErrorMessage } from '../../components/error-message';
import { localize } from '../../lib/localize';
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
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const [explained, setExplained] = useState<string | null>(null);
  const results = useQuery({ ...trpc.services.search.queryOptions({ region, query, limit: 8 }), enabled: query.trim().length >= 2 });
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
      <ul className="lp-results" aria-live="polite">
        {(results.data?.services ?? []).map((s) => (
          <li key={s.id}>
            <div>
              <strong>{localize(s.name, i18n.language)}</strong>
              <div className="lp-small lp-muted">{localize(s.organizationName, i18n.language)}</div>
              {explained === s.id && explain.data && (
                <p className="lp-missing" data-testid="absence">
                  {explain.data.absence ? t(`missingReason.${explain.data.absence.reason}`) : t('propose.alreadySurfaces')}
                  {explain.data.absence && explain.data.absence.detail.length > 0 && ` (${explain.data.absence.detail.map((g) => t(`reasonKind.${g}`)).join(', ')})`}
                </p>
              )}
            </div>
            <div className="lp-actions">
              <Button variant="secondaryNoBorder" onClick={() => setExplained(s.id)}>{t('propose.why')}</Button>
              {canPropose && <Button variant="secondary" disabled={busy} onClick={() => void onPropose(s.id)}>{t('propose.add')}</Button>}
            </div>
          </li>
        ))}
        {results.data && results.data.total === 0 && <li className="lp-muted">{t('propose.noResults')}</li>}
      </ul>
      <Text>{t('propose.notInCatalogue')}</Text>{' '}
      {canRequest && <Button variant="secondary" onClick={onRequestDescription}>{t('request.open')}</Button>}
    </section>
  );
}
