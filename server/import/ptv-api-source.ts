import type { CatalogueSource, SourceRecord } from './catalogue-source';
import { ImportError } from './import-error';

export interface PtvApiOptions {
  /** Only what was created or modified after this UTC time (`yyyy-MM-ddTHH:mm:ss`). */
  since?: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

/** PTV serves at most 100 services per list call. */
const listBatch = 100;

/**
 * The PTV v11 open API: id pages of `Service` and `Organization` (with `date` for an
 * incremental update), then the full objects through `…/list?guids=` in batches of 100.
 */
export class PtvApiSource implements CatalogueSource {
  readonly description: string;
  readonly incremental: boolean;
  private readonly base: string;

  constructor(
    baseUrl: string,
    private readonly options: PtvApiOptions = {},
  ) {
    this.base = baseUrl.replace(/\/+$/, '');
    this.incremental = options.since !== undefined;
    this.description = options.since ? `${this.base} (changes since ${options.since})` : this.base;
  }

  async *records(): AsyncIterable<SourceRecord> {
    if (this.options.since) {
      // Published lists show only what is still published; what was archived or withdrawn
      // since must leave the catalogue too, or it would keep surfacing from the base snapshot.
      for (const status of ['Archived', 'Withdrawn'] as const) {
        for (const id of await this.listIds('Service', status)) yield { origin: `${this.base}/Service?status=${status}`, path: '$', value: null, archivedId: id.toLowerCase() };
      }
    }
    for (const kind of ['Service', 'Organization'] as const) {
      const ids = await this.listIds(kind);
      for (let i = 0; i < ids.length; i += listBatch) {
        const url = `${this.base}/${kind}/list?guids=${ids.slice(i, i + listBatch).join(',')}`;
        const body = await this.getJson(url);
        const items = Array.isArray(body) ? body : [body];
        for (const [n, value] of items.entries()) yield { origin: url, path: `$[${n}]`, value };
      }
    }
  }

  private async listIds(kind: 'Service' | 'Organization', status?: 'Archived' | 'Withdrawn'): Promise<string[]> {
    const ids: string[] = [];
    for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
      const params = new URLSearchParams({ page: String(page) });
      if (status) params.set('status', status);
      if (this.options.since) params.set('date', this.options.since);
      const url = `${this.base}/${kind}?${params}`;
      const body = (await this.getJson(url)) as { pageCount?: unknown; itemList?: unknown };
      if (typeof body !== 'object' || body === null || !('itemList' in body)) throw new ImportError(url, 'expected a paging envelope {pageNumber, pageSize, pageCount, itemList}');
      pageCount = typeof body.pageCount === 'number' ? body.pageCount : 1;
      for (const [n, item] of (Array.isArray(body.itemList) ? body.itemList : []).entries()) {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') throw new ImportError(url, `$.itemList[${n}].id: required field is missing`);
        ids.push(id);
      }
    }
    return ids;
  }

  private async getJson(url: string): Promise<unknown> {
    const doFetch = this.options.fetchImpl ?? fetch;
    let response: Response;
    try {
      response = await doFetch(url, { signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000), headers: { accept: 'application/json' } });
    } catch (error) {
      const cause = (error as Error).name === 'TimeoutError' ? 'timed out' : ((error as { cause?: Error }).cause?.message ?? (error as Error).message);
      throw new ImportError(url, `could not reach the catalogue API: ${cause}`);
    }
    if (!response.ok) throw new ImportError(url, `the catalogue API answered HTTP ${response.status}`);
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ImportError(url, `invalid JSON from the catalogue API: ${(error as Error).message}`);
    }
  }
}
