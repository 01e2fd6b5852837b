/** Low-level scanning helpers of the JSON record splitter. */

/** Resumable scan of one JSON value's extent (strings, nesting, scalars). */
export class ValueScan {
  private i: number;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(public start: number) {
    this.i = start;
  }

  shift(by: number): void {
    this.start -= by;
    this.i -= by;
  }

  /** Returns the end index (exclusive) once the value is complete, else -1. */
  advance(buf: string): number {
    const n = buf.length;
    let i = this.i;
    while (i < n) {
      if (this.inString) {
        // A linear scan: indexOf for the next backslash would search to the end of the
        // buffer for every string, which made large pages quadratic.
        let c = buf.charCodeAt(i);
        while (c !== 34 && c !== 92 && i < n) c = buf.charCodeAt(++i);
        if (i >= n) return (this.i = n), -1;
        if (c === 92) {
          if (i + 1 >= n) return (this.i = i), -1;
          i += 2;
          continue;
        }
        this.inString = false;
        i += 1;
        if (this.depth === 0) return (this.i = i), i;
        continue;
      }
      const c = buf.charCodeAt(i);
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth += 1;
      else if (c === 125 || c === 93) {
        if (this.depth === 0) return (this.i = i), i; // end of a scalar before a closing bracket
        this.depth -= 1;
        if (this.depth === 0) return (this.i = i + 1), i + 1;
      } else if (this.depth === 0 && (c === 44 || c === 32 || c === 10 || c === 13 || c === 9)) return (this.i = i), i;
      i += 1;
    }
    this.i = i;
    return -1;
  }
}

export function skipSpace(buf: string, from: number): number {
  let i = from;
  while (i < buf.length) {
    const c = buf.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    i += 1;
  }
  return i;
}

export function stringEnd(buf: string, openQuote: number): number {
  for (let i = openQuote + 1; i < buf.length; i += 1) {
    const c = buf.charCodeAt(i);
    if (c === 92) i += 1;
    else if (c === 34) return i + 1;
  }
  return -1;
}

export function countLines(buf: string, from: number, to: number): number {
  let count = 0;
  for (let i = buf.indexOf('\n', from); i >= 0 && i < to; i = buf.indexOf('\n', i + 1)) count += 1;
  return count;
}

/** True for `{"<id>": {id: "<id>", …}, …}`, a dump keyed by service id. */
export function isIdKeyedMap(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'id' in value) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, item]) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === key);
}
