/** One raw record read from a catalogue source, with where it came from. */
export interface SourceRecord {
  /** File path or URL. */
  origin: string;
  /** JSON path of the record inside its origin, e.g. `$.itemList[3]`. */
  path: string;
  value: unknown;
  /** Set instead of a value when the source says this service was archived or withdrawn. */
  archivedId?: string;
}

/**
 * Where catalogue records come from. The PTV v11 files and API are one adapter each;
 * the coming v12 search API becomes another without touching the importer.
 */
export interface CatalogueSource {
  readonly description: string;
  /** Whether the source only holds changes since a date (an incremental update). */
  readonly incremental: boolean;
  records(): AsyncIterable<SourceRecord>;
}
