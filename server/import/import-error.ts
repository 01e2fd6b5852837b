/**
 * An input problem found while importing: says what and where (file, row, JSON path),
 * in one line. Nothing has been written when it is thrown.
 */
export class ImportError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`.replace(/[\r\n]+/g, ' '));
    this.name = 'ImportError';
  }
}

/** Appends a JSON path segment: a key as `.key` (or `["odd key"]`), an index as `[n]`. */
export function jsonPath(base: string, segment: string | number): string {
  if (typeof segment === 'number') return `${base}[${segment}]`;
  return /^[A-Za-z_$][\w$]*$/.test(segment) ? `${base}.${segment}` : `${base}[${JSON.stringify(segment)}]`;
}
