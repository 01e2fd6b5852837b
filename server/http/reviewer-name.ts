/**
 * The name a reviewer gave in the workbench, sent URI-encoded in the `X-Reviewer` header.
 * It only labels who decided what until sign-in exists; it is not an identity check.
 */
export const reviewerHeader = 'x-reviewer';
export const unknownReviewer = 'unknown';

/** Decodes and cleans the header: control characters removed, at most 80 characters. */
export function reviewerName(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return unknownReviewer;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return unknownReviewer;
  }
  // eslint-disable-next-line no-control-regex
  const clean = decoded.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 80);
  return clean === '' ? unknownReviewer : clean;
}
