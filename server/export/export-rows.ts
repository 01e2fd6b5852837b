/**
 * One flat row per change request, the shape every spreadsheet export (XLSX, CSV) writes:
 * Finnish and Swedish side by side, words instead of codes, dates in the county's time zone.
 */
import type { ChangeRequestView, LocalizedText } from '../../shared/schemas/change-requests-api';
import { itemKindWords, problemWords, stateWords, typeWords, verificationWords, type Bilingual, type ExportLanguage } from './export-words';

export interface ExportColumn {
  key: string;
  /** The header as printed: "Tunnus / Kod" for one-language values, the column's own language otherwise. */
  header: string;
  /** Width in characters (XLSX). */
  width: number;
  value: (view: ChangeRequestView) => string;
}

const both = (words: Bilingual): string => `${words.fi} / ${words.sv}`;

/** A localised text in `language`, falling back to the other official language. */
export function textIn(text: LocalizedText | null | undefined, language: ExportLanguage): string {
  if (!text) return '';
  // Empty strings count as missing: the catalogue stores an untranslated name as ''.
  return (language === 'fi' ? text.fi || text.sv : text.sv || text.fi) || text.en || '';
}

const dateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** yyyy-MM-dd in Finnish time (sorts as text, reads the same in both languages). */
export function isoDay(at: string | null): string {
  return at ? dateFormat.format(new Date(at)) : '';
}

function itemLabel(view: ChangeRequestView, language: ExportLanguage): string {
  if (!view.itemKind) return '';
  const label = textIn(view.itemLabel, language) || view.itemValue || '';
  return `${itemKindWords[view.itemKind][language]}: ${label}`;
}

function proposedTexts(view: ChangeRequestView, language: ExportLanguage): string {
  const texts = view.details.texts;
  if (!texts) return '';
  const parts = language === 'fi' ? [texts.nameFi, texts.summaryFi, texts.descriptionFi] : [texts.nameSv, texts.summarySv, texts.descriptionSv];
  return parts.filter((part) => part.trim() !== '').join('\n\n');
}

/** What the latest automatic check found, in words. */
export function verificationSummary(view: ChangeRequestView, language: ExportLanguage): string {
  const result = view.verification;
  if (!result) return verificationWords.notChecked[language];
  if (result.fixed) return verificationWords.fixed[language];
  return result.problems.map((problem) => problemWords[problem.code][language] + (problem.detail ? ` (${problem.detail})` : '')).join('; ');
}

const pair = (key: string, words: Bilingual, width: number, value: (view: ChangeRequestView, language: ExportLanguage) => string): ExportColumn[] => [
  { key: `${key}Fi`, header: words.fi, width, value: (view) => value(view, 'fi') },
  { key: `${key}Sv`, header: words.sv, width, value: (view) => value(view, 'sv') },
];

/** The columns, in order. */
export const exportColumns: readonly ExportColumn[] = [
  { key: 'code', header: both({ fi: 'Tunnus', sv: 'Kod' }), width: 14, value: (v) => v.code },
  ...pair('state', { fi: 'Tila', sv: 'Tillstånd' }, 16, (v, l) => stateWords[v.state][l]),
  ...pair('type', { fi: 'Pyyntö', sv: 'Begäran' }, 30, (v, l) => typeWords[v.type][l]),
  { key: 'recipient', header: both({ fi: 'Vastaanottaja', sv: 'Mottagare' }), width: 28, value: (v) => v.recipient.name },
  { key: 'email', header: both({ fi: 'Sähköposti', sv: 'E-post' }), width: 26, value: (v) => v.recipient.email ?? '' },
  { key: 'serviceId', header: both({ fi: 'Palvelun tunniste', sv: 'Tjänstens id' }), width: 38, value: (v) => v.serviceId ?? '' },
  ...pair('serviceName', { fi: 'Palvelun nimi', sv: 'Tjänstens namn' }, 32, (v, l) => textIn(v.serviceName, l)),
  { key: 'owner', header: both({ fi: 'Palvelun omistaja', sv: 'Tjänstens ägare' }), width: 28, value: (v) => textIn(v.serviceOwnerName, 'fi') },
  { key: 'item', header: both({ fi: 'Kohta', sv: 'Objekt' }), width: 30, value: (v) => v.itemValue ?? '' },
  ...pair('itemLabel', { fi: 'Kohdan nimi', sv: 'Objektets namn' }, 26, itemLabel),
  { key: 'reason', header: both({ fi: 'Perustelu', sv: 'Motivering' }), width: 48, value: (v) => v.reason },
  ...pair('articles', { fi: 'Artikkelit', sv: 'Artiklar' }, 40, (v, l) => v.articles.map((a) => textIn(a.title, l) || a.id).join('; ')),
  ...pair('proposed', { fi: 'Ehdotettu kuvaus', sv: 'Föreslagen beskrivning' }, 48, proposedTexts),
  { key: 'created', header: both({ fi: 'Luotu', sv: 'Skapad' }), width: 12, value: (v) => isoDay(v.createdAt) },
  { key: 'sent', header: both({ fi: 'Lähetetty', sv: 'Skickad' }), width: 12, value: (v) => isoDay(v.sentAt) },
  ...pair('verification', { fi: 'Tarkistus', sv: 'Kontroll' }, 36, verificationSummary),
];

/** One row of cell texts per request, in column order. */
export function exportRow(view: ChangeRequestView): string[] {
  return exportColumns.map((column) => column.value(view));
}
