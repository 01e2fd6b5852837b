/**
 * What one letter per recipient says, as plain data: the HTML and the PDF renderer lay out
 * the same content, so the two cannot drift apart. Texts here are raw (unescaped); each
 * renderer escapes for its own medium.
 */
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import { textIn } from './export-rows';
import { itemKindWords, typeWords, type ExportLanguage } from './export-words';
import { letterIntro, letterWords } from './letter-words';
import { groupByRecipient, type ExportMeta } from './recipient-groups';

export interface LetterField {
  label: string;
  value: string;
}

export interface LetterItem {
  number: number;
  code: string;
  /** What we ask, in words. */
  heading: string;
  fields: LetterField[];
  /** New or fixed descriptions: the texts we propose. */
  proposed: LetterField[];
}

export interface Letter {
  title: string;
  recipientName: string;
  recipientEmail: string | null;
  sender: string;
  date: string;
  countLine: string;
  intro: string;
  items: LetterItem[];
  closing: string;
  regards: string;
  labels: { to: string; from: string; date: string; proposed: string };
}

/** Today's date as a letter in that language writes it ("22. marraskuuta 2026", "22 november 2026"). */
export function letterDate(at: string, language: ExportLanguage): string {
  return new Intl.DateTimeFormat(language === 'fi' ? 'fi-FI' : 'sv-FI', { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(new Date(at));
}

function item(view: ChangeRequestView, number: number, l: ExportLanguage): LetterItem {
  const fields: LetterField[] = [];
  if (view.serviceName || view.serviceId) fields.push({ label: letterWords.service[l], value: textIn(view.serviceName, l) || (view.serviceId ?? '') });
  if (view.serviceId) fields.push({ label: letterWords.serviceId[l], value: view.serviceId });
  if (view.itemKind) fields.push({ label: letterWords.item[l], value: `${itemKindWords[view.itemKind][l]}: ${textIn(view.itemLabel, l) || (view.itemValue ?? '')}${view.itemLabel && view.itemValue ? ` (${view.itemValue})` : ''}` });
  if (view.details.organizationName) fields.push({ label: letterWords.organization[l], value: view.details.organizationName });
  fields.push({ label: letterWords.articles[l], value: view.articles.map((a) => textIn(a.title, l) || a.id).join('; ') });
  fields.push({ label: letterWords.reason[l], value: view.reason });
  const texts = view.details.texts;
  const proposed: LetterField[] = texts
    ? (
        [
          [`${letterWords.name[l]} (fi)`, texts.nameFi],
          [`${letterWords.name[l]} (sv)`, texts.nameSv],
          [`${letterWords.summary[l]} (fi)`, texts.summaryFi],
          [`${letterWords.summary[l]} (sv)`, texts.summarySv],
          [`${letterWords.description[l]} (fi)`, texts.descriptionFi],
          [`${letterWords.description[l]} (sv)`, texts.descriptionSv],
        ] as const
      )
        .filter(([, value]) => value.trim() !== '')
        .map(([label, value]) => ({ label, value }))
    : [];
  return { number, code: view.code, heading: typeWords[view.type][l], fields, proposed };
}

/** One letter per recipient, in the export's language. */
export function buildLetters(views: readonly ChangeRequestView[], meta: ExportMeta): Letter[] {
  const l = meta.language;
  return groupByRecipient(views).map((group) => ({
    title: letterWords.title[l],
    recipientName: group.recipient.name,
    recipientEmail: group.recipient.email,
    sender: meta.region.name[l],
    date: letterDate(meta.exportedAt, l),
    countLine: (group.requests.length === 1 ? letterWords.requestCount_one[l] : letterWords.requestCount_other[l]).replace('{n}', String(group.requests.length)),
    intro: letterIntro[group.recipient.kind][l],
    items: group.requests.map((view, i) => item(view, i + 1, l)),
    closing: letterWords.closing[l],
    regards: letterWords.regards[l],
    labels: { to: letterWords.to[l], from: letterWords.from[l], date: letterWords.date[l], proposed: letterWords.proposed[l] },
  }));
}
