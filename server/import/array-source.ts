import type { CatalogueSource, SourceRecord } from './catalogue-source';

/** Records already in memory (generated demo data, tests) as a catalogue source. */
export class ArraySource implements CatalogueSource {
  readonly incremental = false;

  constructor(
    readonly description: string,
    private readonly values: readonly unknown[],
  ) {}

  async *records(): AsyncIterable<SourceRecord> {
    for (const [i, value] of this.values.entries()) yield { origin: this.description, path: `$[${i}]`, value };
  }
}
