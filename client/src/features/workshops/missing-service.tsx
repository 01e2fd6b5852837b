import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, SearchInput, Text, Textarea } from 'suomifi-ui-components';
import { ServiceSearchResults, useServiceSearch } from '../../components/service-search-results';
import { localize } from '../../lib/localize';
import type { RouterOutputs } from '../../lib/trpc';

type Own = RouterOutputs['proposals']['forArticle']['mine'][number];

/**
 * "A service is missing": find it in the catalogue and propose it, or, when it has no
 * description there, say in words what it is. The person's own missing proposals are listed.
 */
export function MissingService({ region, surfacing, own, nameOf, disabled, onPropose, onWithdraw }: {
  region: string;
  nameOf: (serviceId: string) => string;
  surfacing: ReadonlySet<string>;
  own: readonly Own[];
  disabled: boolean;
  onPropose: (proposal: { serviceId: string } | { missingText: string; comment: string }) => Promise<unknown>;
  onWithdraw: (id: number) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [text, setText] = useState('');
  const [comment, setComment] = useState('');
  const results = useServiceSearch(region, query);
  const proposed = new Set(own.map((p) => p.serviceId));
  const describe = async () => {
    await onPropose({ missingText: text.trim(), comment: comment.trim() });
    setText('');
    setComment('');
  };
  return (
    <section className="lp-panel" aria-labelledby="ws-missing-heading">
      <Heading variant="h3" as="h2" id="ws-missing-heading">{t('workshops.missingHeading')}</Heading>
      <Text className="lp-small lp-muted">{t('workshops.missingHelp')}</Text>
      <SearchInput
        labelText={t('workshops.missingSearch')}
        clearButtonLabel={t('common.clear')}
        searchButtonLabel={t('workshops.missingSearch')}
        debounce={250}
        onChange={(value) => setQuery(String(value))}
        onSearch={(value) => setQuery(String(value))}
      />
      <ServiceSearchResults
        found={results.data}
        noResultsText={t('common.noResults')}
        actions={(s) =>
          surfacing.has(s.id) ? (
            <span className="lp-small">{t('workshops.alreadyListed')}</span>
          ) : proposed.has(s.id) ? (
            <span className="lp-small">{t('workshops.proposedMissing')}</span>
          ) : (
            <Button variant="secondary" disabled={disabled} onClick={() => void onPropose({ serviceId: s.id })} aria-label={t('workshops.proposeMissingNamed', { name: localize(s.name, i18n.language) })}>
              {t('workshops.proposeMissing')}
            </Button>
          )
        }
      />
      <Textarea labelText={t('workshops.describeMissing')} hintText={t('workshops.describeMissingHint')} value={text} maxLength={2000} disabled={disabled} onChange={(e) => setText(e.target.value)} fullWidth />
      <Textarea labelText={t('workshops.comment')} optionalText={t('workshops.optional')} value={comment} maxLength={2000} disabled={disabled} onChange={(e) => setComment(e.target.value)} fullWidth />
      <Button variant="secondary" disabled={disabled || text.trim() === ''} onClick={() => void describe()}>{t('workshops.saveDescribed')}</Button>
      {own.length > 0 && (
        <>
          <Heading variant="h4" as="h3">{t('workshops.yourMissing')}</Heading>
          <ul className="lp-ws-own-missing">
            {own.map((p) => (
              <li key={p.id}>
                <span>{p.missingText ?? nameOf(p.serviceId ?? '')}</span>
                {p.comment && <span className="lp-small lp-muted"> – {p.comment}</span>}
                {p.state === 'open' && (
                  <Button variant="secondaryNoBorder" disabled={disabled} onClick={() => void onWithdraw(p.id)}>{t('workshops.withdraw')}</Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
