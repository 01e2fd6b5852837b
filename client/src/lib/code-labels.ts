import { useQuery } from '@tanstack/react-query';
import { localize, type Localized } from './localize';
import { useTRPC } from './trpc';

export type CodeKind = 'serviceClasses' | 'targetGroups' | 'lifeEvents';

/** Labels of PTV codes (P3.1, KR1.2, KE1) in the UI language, loaded once. */
export function useCodeLabels(language: string): (kind: CodeKind, code: string) => string {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.catalogue.codeLabels.queryOptions(), staleTime: Infinity });
  return (kind, code) => {
    const labels = data?.[kind] as Record<string, Localized> | undefined;
    const label = localize(labels?.[code], language);
    return label ? `${label} (${code})` : code;
  };
}

/** A keyword's label in the UI language, or the last part of its URI when no label is known. */
export function keywordLabel(uri: string, labels: Record<string, Localized> | undefined, language: string): string {
  return localize(labels?.[uri], language) || uri.replace(/\/$/, '').split('/').pop() || uri;
}
