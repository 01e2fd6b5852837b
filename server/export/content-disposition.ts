/**
 * Content-Disposition for a download (RFC 6266, with the RFC 5987/8187 `filename*` form for
 * names that are not plain ASCII). The ASCII fallback has no quotes, backslashes or line
 * breaks, so a name can never end the header or start a new one.
 */

/** A readable ASCII stand-in: accents dropped (ä → a), anything else unsafe → "_". */
export function asciiFileName(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[^\x20-\x7e]|["\\]/g, '_')
    .trim();
  return plain === '' ? 'download' : plain;
}

/** Percent-encoding of RFC 5987's attr-char: what encodeURIComponent leaves, minus ' ( ) *. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="ascii"; filename*=UTF-8''percent-encoded`. */
export function attachmentDisposition(fileName: string): string {
  const clean = fileName.replace(/[\r\n]+/g, ' ');
  return `attachment; filename="${asciiFileName(clean)}"; filename*=UTF-8''${encodeRfc5987(clean)}`;
}
