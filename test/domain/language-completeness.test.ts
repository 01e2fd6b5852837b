/**
 * shared/domain/language-completeness.ts: a service needs a Finnish and a Swedish name and
 * summary; Finnish gaps are reported first.
 */
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../shared/domain/catalogue-service';
import { languageCompleteness, type LanguageCompleteness } from '../../shared/domain/language-completeness';

const both: LocalizedText = { fi: 'Neuvola', sv: 'Rådgivning' };

describe('languageCompleteness', () => {
  const table: [string, LocalizedText, LocalizedText, LanguageCompleteness][] = [
    ['name and summary in both', both, { fi: 'Tiivistelmä', sv: 'Sammandrag' }, 'complete'],
    ['extra English changes nothing', { ...both, en: 'Clinic' }, { fi: 'T', sv: 'S', en: 'E' }, 'complete'],
    ['summary lacks Swedish', both, { fi: 'Tiivistelmä' }, 'missing_sv'],
    ['name lacks Swedish', { fi: 'Neuvola' }, { fi: 'T', sv: 'S' }, 'missing_sv'],
    ['Swedish summary is only spaces', both, { fi: 'T', sv: '   ' }, 'missing_sv'],
    ['Swedish name is empty', { fi: 'Neuvola', sv: '' }, { fi: 'T', sv: 'S' }, 'missing_sv'],
    ['name lacks Finnish', { sv: 'Rådgivning' }, { fi: 'T', sv: 'S' }, 'missing_fi'],
    ['summary lacks Finnish', both, { sv: 'S' }, 'missing_fi'],
    ['Finnish name is whitespace', { fi: ' \t\n', sv: 'R' }, { fi: 'T', sv: 'S' }, 'missing_fi'],
    ['both languages missing: Finnish first', { en: 'Clinic' }, {}, 'missing_fi'],
    ['nothing at all', {}, {}, 'missing_fi'],
    ['Finnish complete, Swedish nowhere', { fi: 'N' }, { fi: 'T' }, 'missing_sv'],
  ];
  it.each(table)('%s → %s', (_label, name, summary, expected) => {
    expect(languageCompleteness(name, summary)).toBe(expected);
  });
});
