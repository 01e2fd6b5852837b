/**
 * The name a reviewer gave in the workbench, sent URI-encoded in the `X-Reviewer` header.
 * It only labels who decided what until sign-in exists; it is not an identity check.
 */
export const reviewerHeader = 'x-reviewer';
export const unknownReviewer = 'unknown';

/**
 * Decodes and cleans the header: control and format characters (C0, C1, bidi overrides,
 * zero-width, line separators) removed, at most 80 characters, never half a surrogate pair.
 */
export function reviewerName(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return unknownReviewer;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return unknownReviewer;
  }
  const clean = [...decoded.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '').trim()].slice(0, 80).join('').trim();
  return clean === '' ? unknownReviewer : clean;
}
