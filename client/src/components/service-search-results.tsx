import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../lib/localize';
import { useTRPC, type RouterOutputs } from '../lib/trpc';

type ServiceSearch = RouterOutputs['services']['search'];
export type FoundService = ServiceSearch['services'][number];

/** The region's services matching `query` (name, owner or id), eight at most; asked from two characters on. */
export function useServiceSearch(region: string, query: string, enabled = true) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.services.search.queryOptions({ region, query, limit: 8 }), enabled: enabled && query.trim().length >= 2 });
}

/**
 * A catalogue search's hits, each with its name and owner and what one may do with it
 * (`actions`); `detail` adds a line under the owner. Changes are announced to screen readers.
 */
export function ServiceSearchResults({ found, noResultsText, actions, detail }: {
  found: ServiceSearch | undefined;
  noResultsText: string;
  actions: (service: FoundService) => ReactNode;
  detail?: (service: FoundService) => ReactNode;
}) {
  const { i18n } = useTranslation();
  return (
    <ul className="lp-results" aria-live="polite">
      {(found?.services ?? []).map((s) => (
        <li key={s.id}>
          <div>
            <strong>{localize(s.name, i18n.language)}</strong>
            <div className="lp-small lp-muted">{localize(s.organizationName, i18n.language)}</div>
            {detail?.(s)}
          </div>
          {actions(s)}
        </li>
      ))}
      {found && found.total === 0 && <li className="lp-muted">{noResultsText}</li>}
    </ul>
  );
}
