import { ImportError } from './import-error';
import { countLines, isIdKeyedMap, skipSpace, stringEnd, ValueScan } from './json-value-scan';

/** One record found in a PTV JSON document, with its JSON path. */
export interface JsonRecord {
  value: unknown;
  path: string;
}

type Mode = 'start' | 'array' | 'object' | 'items' | 'done';

/**
 * Splits a PTV JSON document that arrives in chunks into its records without holding the
 * whole text: a top-level array yields its elements, a paging envelope
 * `{pageNumber, …, itemList: [...]}` the elements of `itemList`, and any other object
 * itself. Each record is parsed on its own with JSON.parse, so a 200 MB page file never
 * becomes one string.
 */
export class JsonRecordSplitter {
  private buf = '';
  private pos = 0;
  private droppedLines = 0;
  private mode: Mode = 'start';
  /** Inside array/items/object: whether a value (true) or a separator/end (false) comes next. */
  private expectValue = true;
  private first = true;
  private index = 0;
  private objectStart = 0;
  private pendingKey: string | null = null;
  private sawItemList = false;
  private value: ValueScan | null = null;
  private ended = false;

  constructor(private readonly origin: string) {}

  /** Feeds more text; returns the records completed by it. */
  push(chunk: string): JsonRecord[] {
    this.buf += chunk;
    const out: JsonRecord[] = [];
    this.scan(out);
    this.compact();
    return out;
  }

  /** Signals the end of input; returns the last records or throws if the document is incomplete. */
  end(): JsonRecord[] {
    this.ended = true;
    const out: JsonRecord[] = [];
    this.scan(out);
    if (this.mode === 'start') this.fail(this.pos, 'the file is empty; expected a JSON array or object');
    if (this.mode !== 'done') this.fail(this.buf.length, `unexpected end of input inside ${this.where()}`);
    return out;
  }

  private scan(out: JsonRecord[]): void {
    for (;;) {
      if (this.value) {
        const end = this.value.advance(this.buf);
        if (end < 0) return;
        this.finishValue(end, out);
        continue;
      }
      const at = skipSpace(this.buf, this.pos);
      this.pos = at;
      if (at >= this.buf.length) return;
      const ch = this.buf[at] as string;
      if (!this.step(ch, at, out)) return;
    }
  }

  /** Handles one structural character; false when more input is needed. */
  private step(ch: string, at: number, out: JsonRecord[]): boolean {
    switch (this.mode) {
      case 'start':
        if (at === 0 && ch === '\uFEFF') return (this.pos = 1), true;
        if (ch === '[') return (this.mode = 'array'), (this.pos = at + 1), true;
        if (ch === '{') return (this.mode = 'object'), (this.objectStart = at), (this.pos = at + 1), true;
        return this.fail(at, `expected a JSON array or object, found ${JSON.stringify(ch)}`);
      case 'array':
      case 'items':
        return this.stepList(ch, at);
      case 'object':
        return this.stepObject(ch, at, out);
      case 'done':
        return this.fail(at, `unexpected ${JSON.stringify(ch)} after the end of the JSON document`);
    }
  }

  private stepList(ch: string, at: number): boolean {
    if (ch === ']' && (this.first || !this.expectValue)) {
      this.pos = at + 1;
      if (this.mode === 'items') {
        this.mode = 'object';
        this.expectValue = false;
        this.first = false;
      } else this.mode = 'done';
      return true;
    }
    if (!this.expectValue) {
      if (ch !== ',') return this.fail(at, `expected "," or "]" after ${this.where()}`);
      this.expectValue = true;
      this.index += 1;
      this.pos = at + 1;
      return true;
    }
    this.value = new ValueScan(at);
    return true;
  }

  private stepObject(ch: string, at: number, out: JsonRecord[]): boolean {
    if (this.pendingKey !== null) {
      // After a key and its colon: itemList streams its elements, anything else is one value.
      if (this.pendingKey === 'itemList' && ch === '[') {
        this.sawItemList = true;
        this.mode = 'items';
        this.first = true;
        this.expectValue = true;
        this.index = 0;
        this.pendingKey = null;
        this.pos = at + 1;
        return true;
      }
      if (this.pendingKey === 'itemList') {
        // An empty page may carry `itemList: null`; anything else there is not PTV's envelope.
        const head = this.buf.slice(at, at + 4);
        if (head !== 'null') return head.length < 4 && 'null'.startsWith(head) && !this.ended ? false : this.fail(at, '$.itemList: expected a list or null');
        this.sawItemList = true;
      }
      this.value = new ValueScan(at);
      return true;
    }
    if (ch === '}' && (this.first || !this.expectValue)) {
      this.mode = 'done';
      this.pos = at + 1;
      if (!this.sawItemList) this.emitWholeObject(this.buf.slice(this.objectStart, at + 1), out);
      return true;
    }
    if (!this.expectValue) {
      if (ch !== ',') return this.fail(at, 'expected "," or "}" in the top-level object');
      this.expectValue = true;
      this.pos = at + 1;
      return true;
    }
    if (ch !== '"') return this.fail(at, `expected a property name, found ${JSON.stringify(ch)}`);
    const keyEnd = stringEnd(this.buf, at);
    if (keyEnd < 0) return false;
    const colon = skipSpace(this.buf, keyEnd);
    if (colon >= this.buf.length) return false;
    if (this.buf[colon] !== ':') return this.fail(colon, 'expected ":" after a property name');
    this.pendingKey = JSON.parse(this.buf.slice(at, keyEnd)) as string;
    this.pos = colon + 1;
    return true;
  }

  private finishValue(end: number, out: JsonRecord[]): void {
    const start = (this.value as ValueScan).start;
    this.value = null;
    this.pos = end;
    this.first = false;
    this.expectValue = false;
    if (this.mode === 'object') {
      this.pendingKey = null; // a plain property value; kept in the buffer for the whole-object case
      return;
    }
    const path = this.mode === 'items' ? `$.itemList[${this.index}]` : `$[${this.index}]`;
    out.push({ value: this.parse(start, end, path), path });
  }

  private emitWholeObject(text: string, out: JsonRecord[]): void {
    const value = this.parse(this.objectStart, this.objectStart + text.length, '$');
    // Some dumps key services by id ({"<id>": {service}}); read their values as records.
    if (isIdKeyedMap(value)) {
      for (const [key, item] of Object.entries(value)) out.push({ value: item, path: `$[${JSON.stringify(key)}]` });
    } else out.push({ value, path: '$' });
  }

  private parse(start: number, end: number, path: string): unknown {
    try {
      return JSON.parse(this.buf.slice(start, end));
    } catch (error) {
      return this.fail(start, `invalid JSON in ${path}: ${(error as Error).message}`);
    }
  }

  private where(): string {
    if (this.mode === 'items') return `$.itemList[${this.index}]`;
    if (this.mode === 'array') return `$[${this.index}]`;
    return '$';
  }

  /** Drops consumed text, except while a whole top-level object may still be needed. */
  private compact(): void {
    const keepFrom = this.value ? this.value.start : this.pos;
    const holdsObject = this.mode === 'object' && !this.sawItemList;
    if (holdsObject || keepFrom < 1 << 20) return;
    this.droppedLines += countLines(this.buf, 0, keepFrom);
    this.buf = this.buf.slice(keepFrom);
    this.pos -= keepFrom;
    this.value?.shift(keepFrom);
  }

  private fail(at: number, problem: string): never {
    const line = this.droppedLines + countLines(this.buf, 0, Math.min(at, this.buf.length)) + 1;
    throw new ImportError(`${this.origin}:${line}`, problem);
  }
}
