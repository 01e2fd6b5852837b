import type { LocalizedText } from '../../shared/domain/catalogue-service';
import { ImportError, jsonPath } from './import-error';

/**
 * Readers for PTV field shapes that fail with the record's location and JSON path.
 * The path is built only when something fails: readers are made for every nested item.
 */
export class FieldReader {
  constructor(
    private readonly origin: string,
    private readonly basePath: string | (() => string),
    readonly record: Record<string, unknown>,
  ) {}

  get path(): string {
    return typeof this.basePath === 'string' ? this.basePath : this.basePath();
  }

  fail(field: string | number, problem: string): never {
    throw new ImportError(this.origin, `${jsonPath(this.path, field)}: ${problem}`);
  }

  /** A nested reader for an object inside this one. */
  child(field: string | number, value: unknown): FieldReader {
    if (!isObject(value)) this.fail(field, `expected an object, got ${describe(value)}`);
    return new FieldReader(this.origin, () => jsonPath(this.path, field), value);
  }

  /** A required non-empty string. */
  requiredString(field: string): string {
    const value = this.record[field];
    if (value === undefined || value === null) this.fail(field, 'required field is missing');
    if (typeof value !== 'string' || value.trim() === '') this.fail(field, `expected a non-empty string, got ${describe(value)}`);
    return value.trim();
  }

  /** An optional string; null when absent or null. */
  optionalString(field: string): string | null {
    const value = this.record[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') this.fail(field, `expected a string or null, got ${describe(value)}`);
    return value;
  }

  /** A list; PTV writes null for empty lists, so null and absent read as []. */
  list(field: string): unknown[] {
    const value = this.record[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(field, `expected a list or null, got ${describe(value)}`);
    return value;
  }

  /** Each element of a list as an object reader. */
  objects(field: string): FieldReader[] {
    const base = new FieldReader(this.origin, () => jsonPath(this.path, field), {});
    return this.list(field).map((item, i) => base.child(i, item));
  }

  /** `[{language, value, type?}]` → one text per language, preferring entries of `preferType`. */
  localized(field: string, wantTypes: readonly (string | undefined)[] = [undefined], mapType: (t: string) => string = (t) => t): LocalizedText {
    const entries = this.objects(field); // validated once; the passes below only read
    const out: LocalizedText = {};
    for (const wanted of wantTypes) {
      for (const entry of entries) {
        const language = entry.optionalString('language');
        if (language !== 'fi' && language !== 'sv' && language !== 'en') continue;
        if (out[language] !== undefined) continue;
        const value = entry.optionalString('value');
        if (value === null || value.trim() === '') continue;
        if (wanted !== undefined) {
          const type = entry.optionalString('type');
          if (type === null || mapType(type) !== wanted) continue;
        }
        out[language] = value;
      }
    }
    return out;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
