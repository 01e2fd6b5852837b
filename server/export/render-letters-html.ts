/**
 * Letters as one HTML file that prints well: one letter per recipient, each starting on a
 * new page. Every text is escaped (service names come from third parties and may hold
 * markup), and a CSP meta tag forbids scripts even if a text slipped through.
 */
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import { buildLetters, type Letter, type LetterField } from './letter-content';
import { letterWords } from './letter-words';
import type { ExportMeta } from './recipient-groups';

export const htmlContentType = 'text/html; charset=utf-8';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text (and attribute) content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] as string);
}

/** Escaped text with its line breaks kept. */
const paragraphText = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

const styles = `
  @page { size: A4; margin: 20mm 18mm; }
  body { font-family: "Source Sans Pro", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; margin: 0; }
  .letter { max-width: 48em; margin: 0 auto; padding: 2em 1.5em; }
  .letter + .letter { break-before: page; page-break-before: always; }
  .head { display: flex; justify-content: space-between; gap: 2em; border-bottom: 2px solid #2a6ebb; padding-bottom: 0.8em; margin-bottom: 1.2em; }
  .head dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.1em 0.8em; }
  .head dt { font-weight: 600; }
  .head dd { margin: 0; }
  h1 { font-size: 16pt; margin: 0 0 0.4em; }
  h2 { font-size: 12pt; margin: 0 0 0.3em; }
  ol.requests { padding-left: 1.4em; }
  ol.requests > li { margin-bottom: 1.1em; break-inside: avoid; page-break-inside: avoid; }
  .code { font-family: monospace; font-weight: normal; color: #555; }
  dl.fields { margin: 0.2em 0 0; display: grid; grid-template-columns: 11em 1fr; gap: 0.15em 0.8em; }
  dl.fields dt { color: #444; }
  dl.fields dd { margin: 0; overflow-wrap: anywhere; }
  .proposed { margin-top: 0.4em; padding: 0.4em 0.8em; border-left: 3px solid #2a6ebb; background: #f4f7fb; }
  @media print { .letter { padding: 0; max-width: none; } .proposed { background: none; } }
`;

function fields(list: readonly LetterField[], className: string): string {
  return `<dl class="${className}">${list.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${paragraphText(f.value)}</dd>`).join('')}</dl>`;
}

function letterHtml(letter: Letter): string {
  const to = `${escapeHtml(letter.recipientName)}${letter.recipientEmail ? `<br>${escapeHtml(letter.recipientEmail)}` : ''}`;
  const items = letter.items
    .map(
      (item) => `<li><h2>${escapeHtml(item.heading)} <span class="code">${escapeHtml(item.code)}</span></h2>${fields(item.fields, 'fields')}${
        item.proposed.length > 0 ? `<div class="proposed"><strong>${escapeHtml(letter.labels.proposed)}</strong>${fields(item.proposed, 'fields')}</div>` : ''
      }</li>`,
    )
    .join('\n');
  return `<section class="letter">
<div class="head"><dl><dt>${escapeHtml(letter.labels.to)}</dt><dd>${to}</dd><dt>${escapeHtml(letter.labels.from)}</dt><dd>${escapeHtml(letter.sender)}</dd></dl>
<dl><dt>${escapeHtml(letter.labels.date)}</dt><dd>${escapeHtml(letter.date)}</dd></dl></div>
<h1>${escapeHtml(letter.title)}</h1>
<p>${escapeHtml(letter.countLine)}</p>
<p>${paragraphText(letter.intro)}</p>
<ol class="requests">
${items}
</ol>
<p>${paragraphText(letter.closing)}</p>
<p>${escapeHtml(letter.regards)}<br>${escapeHtml(letter.sender)}</p>
</section>`;
}

export function renderLettersHtml(views: readonly ChangeRequestView[], meta: ExportMeta): Buffer {
  const letters = buildLetters(views, meta);
  const html = `<!doctype html>
<html lang="${meta.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${letterWords.documentTitle[meta.language]} – ${meta.region.name[meta.language]}`)}</title>
<style>${styles}</style>
</head>
<body>
${letters.map(letterHtml).join('\n')}
</body>
</html>
`;
  return Buffer.from(html, 'utf8');
}
