/**
 * The letters as a PDF (pdfkit): the same content as the HTML letters, one letter per
 * recipient, each starting on a new page. pdfkit's built-in Helvetica is WinAnsi-encoded,
 * which covers Finnish and Swedish (ä ö å é); characters it cannot draw become "?" rather
 * than silently wrong glyphs.
 */
import PDFDocument from 'pdfkit';
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import { buildLetters, type Letter, type LetterField } from './letter-content';
import { letterWords } from './letter-words';
import type { ExportMeta } from './recipient-groups';

export const pdfContentType = 'application/pdf';

/** The characters of Windows-1252 beyond Latin-1, which the standard fonts can draw. */
const winAnsiExtras = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Text the standard fonts can draw: Latin-1, the Windows-1252 extras; others become "?". */
export function pdfText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.includes(char)) out += char;
    else if (char === '\t' || char === '\r') out += ' ';
    else out += '?';
  }
  return out;
}

const margin = 56;
const labelWidth = 120;

function fieldList(doc: PDFKit.PDFDocument, fields: readonly LetterField[], left: number, width: number): void {
  for (const field of fields) {
    const top = doc.y;
    doc.font('Helvetica').fillColor('#444444').text(pdfText(field.label), left, top, { width: labelWidth - 8 });
    const labelBottom = doc.y;
    doc.fillColor('#1a1a1a').text(pdfText(field.value), left + labelWidth, top, { width: width - labelWidth });
    doc.y = Math.max(doc.y, labelBottom) + 2;
  }
}

function drawLetter(doc: PDFKit.PDFDocument, letter: Letter): void {
  const width = doc.page.width - 2 * margin;
  doc.fontSize(10).font('Helvetica-Bold').text(pdfText(`${letter.labels.to}: `), margin, margin, { continued: true }).font('Helvetica').text(pdfText(letter.recipientName));
  if (letter.recipientEmail) doc.text(pdfText(letter.recipientEmail), { indent: 0 });
  doc.font('Helvetica-Bold').text(pdfText(`${letter.labels.from}: `), { continued: true }).font('Helvetica').text(pdfText(letter.sender));
  doc.font('Helvetica-Bold').text(pdfText(`${letter.labels.date}: `), { continued: true }).font('Helvetica').text(pdfText(letter.date));
  doc.moveDown(0.5).strokeColor('#2a6ebb').lineWidth(1.5).moveTo(margin, doc.y).lineTo(margin + width, doc.y).stroke().moveDown(1);
  doc.font('Helvetica-Bold').fontSize(15).text(pdfText(letter.title), margin, doc.y, { width });
  doc.moveDown(0.3).font('Helvetica').fontSize(10.5).text(pdfText(letter.countLine), { width });
  doc.moveDown(0.5).text(pdfText(letter.intro), { width, align: 'left' }).moveDown(0.8);
  for (const item of letter.items) {
    if (doc.y > doc.page.height - margin - 120) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).fillColor('#1a1a1a').text(pdfText(`${item.number}. ${item.heading}  `), margin, doc.y, { width, continued: true }).font('Helvetica').fillColor('#555555').text(pdfText(item.code));
    doc.fontSize(10).moveDown(0.2);
    fieldList(doc, item.fields, margin + 14, width - 14);
    if (item.proposed.length > 0) {
      doc.moveDown(0.2).font('Helvetica-Bold').fillColor('#1a1a1a').text(pdfText(letter.labels.proposed), margin + 14, doc.y, { width: width - 14 });
      fieldList(doc, item.proposed, margin + 14, width - 14);
    }
    doc.moveDown(0.8);
  }
  doc.font('Helvetica').fontSize(10.5).fillColor('#1a1a1a').text(pdfText(letter.closing), margin, doc.y, { width }).moveDown(0.8);
  doc.text(pdfText(letter.regards), { width }).text(pdfText(letter.sender), { width });
}

export interface PdfOptions {
  /** Tests read the page tree; production compresses. */
  compress?: boolean;
}

/** Renders every letter into one PDF; each recipient's letter starts on its own page. */
export function renderLettersPdf(views: readonly ChangeRequestView[], meta: ExportMeta, options: PdfOptions = {}): Promise<Buffer> {
  const letters = buildLetters(views, meta);
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    compress: options.compress ?? true,
    autoFirstPage: false,
    info: { Title: pdfText(`${letterWords.documentTitle[meta.language]} – ${meta.region.name[meta.language]}`), Author: pdfText(meta.region.name[meta.language]), CreationDate: new Date(meta.exportedAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const letter of letters) {
    doc.addPage();
    drawLetter(doc, letter);
  }
  if (letters.length === 0) doc.addPage();
  doc.end();
  return done;
}
