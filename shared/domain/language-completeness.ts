import type { LocalizedText } from './catalogue-service';

/**
 * Whether a service can be shown in both national languages: bilingual counties must
 * publish Finnish and Swedish, so a missing Swedish name or summary is a gap to fix.
 */
export type LanguageCompleteness = 'complete' | 'missing_sv' | 'missing_fi';

/** Completeness from a service's name and summary; Finnish is checked first. */
export function languageCompleteness(name: LocalizedText, summary: LocalizedText): LanguageCompleteness {
  const has = (text: LocalizedText, lang: 'fi' | 'sv') => (text[lang] ?? '').trim() !== '';
  if (!has(name, 'fi') || !has(summary, 'fi')) return 'missing_fi';
  if (!has(name, 'sv') || !has(summary, 'sv')) return 'missing_sv';
  return 'complete';
}
