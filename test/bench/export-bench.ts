/**
 * XLSX export of 5,000 change requests (quality-bar.md: ≤ 2 s): on a copy of the demo
 * county, 5,000 requests over its real services and articles, spread over many recipients;
 * timed end to end as the UI's job runs it (select, views, workbook, stored in the
 * database), without marking anything sent so every run does the same work.
 * Baseline in the same run: exceljs's streaming writer putting the same 5,000 rows of the
 * same texts into one sheet with no styles, frozen panes, filters or summary — the floor of
 * any XLSX export of this size with this library.
 */
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createDb, writeTransaction } from '../../db/client';
import { insertChangeRequest, listChangeRequests } from '../../db/queries/change-requests';
import { changeRequestTypes, digifinlandRecipient, recipientKindFor, type ChangeRequestType } from '../../shared/domain/change-request';
import { buildRequestViews } from '../../server/engine/change-request-view';
import { createExport } from '../../server/export/create-export';
import { exportRow } from '../../server/export/export-rows';
import { owningOrganization } from '../../server/engine/service-summary';
import { CatalogueCache } from '../../server/services/catalogue-cache';
import { measure, progress, report } from './measure';
import { mulberry32 } from './prng';

export const exportRequestCount = 5000;

/** exceljs writing `rows` into one plain sheet: no styles, no shared strings, nothing else. */
async function plainWorkbook(rows: readonly string[][]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
  const sheet = workbook.addWorksheet('rows');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

async function timeAsync(run: () => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Measures on a VACUUM INTO copy of `demoDb` (the demo stays as the API benches expect it). */
export async function benchExport(demoDb: string, workDir: string): Promise<void> {
  const copy = join(workDir, 'export-bench.db');
  const source = createDb(demoDb);
  source.sqlite.prepare('VACUUM INTO ?').run(copy);
  source.close();
  const handle = createDb(copy);
  try {
    const catalogue = new CatalogueCache(handle);
    const loaded = catalogue.get();
    const region = loaded.regions.find((r) => r.code === '01') ?? loaded.regions[0]!;
    const services = [...loaded.services.values()].map((s) => s.service);
    const articles = loaded.articles.map((a) => a.id);
    const random = mulberry32(42);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const at = '2026-11-20T10:00:00.000Z';
    writeTransaction(handle, () => {
      handle.sqlite.prepare(`DELETE FROM change_requests`).run();
      for (let i = 0; i < exportRequestCount; i += 1) {
        const type: ChangeRequestType = pick(changeRequestTypes);
        const service = pick(services);
        const owner = owningOrganization(service, loaded.organizations);
        const kind = recipientKindFor(type);
        const keyword = service.keywords[0] ?? 'http://www.yso.fi/onto/koko/p1';
        insertChangeRequest(handle, {
          regionCode: region.code,
          type,
          recipient: kind === 'digifinland' ? digifinlandRecipient : kind === 'county' ? { kind, organizationId: null, name: region.name.fi, email: null } : { kind, organizationId: owner.id, name: owner.name.fi ?? owner.id ?? 'Tuntematon', email: null },
          serviceId: type === 'description.new' ? null : service.id,
          itemKind: type.endsWith('Item') ? 'keywords' : null,
          itemValue: type.endsWith('Item') ? keyword : null,
          reason: `Palvelu näkyy artikkelissa, johon se ei kuulu (${i}). Asiasana ohjaa sen väärään paikkaan; korjatkaa luokitus.`,
          details:
            type === 'description.new'
              ? { texts: { nameFi: `Uusi palvelu ${i}`, nameSv: `Ny tjänst ${i}`, summaryFi: 'Lyhyt kuvaus.', summarySv: 'Kort beskrivning.', descriptionFi: 'Pidempi kuvaus palvelusta.', descriptionSv: 'Längre beskrivning av tjänsten.' } }
              : {},
          state: 'ready',
          sourceFlagId: null,
          sourceDescriptionRequestId: null,
          sourceProposalId: null,
          baseSnapshotId: null,
          createdBy: 'bench',
          createdAt: at,
          articleIds: [pick(articles), pick(articles)],
        });
      }
    });
    const recipients = handle.sqlite.prepare(`SELECT count(DISTINCT recipient_kind || coalesce(recipient_organization_id, '')) FROM change_requests`).pluck().get() as number;
    progress(`export bench: ${exportRequestCount} ready requests for ${recipients} recipients on the demo county (${services.length} services, ${articles.length} articles)`);

    const input = { region: region.code, format: 'xlsx' as const, language: 'fi' as const, markSent: false };
    const deps = { handle, catalogue, actor: { userId: null, userName: 'bench' }, now: () => new Date(at) };
    let bytes = 0;
    const full = await timeAsync(async () => (bytes = (await createExport(deps, input)).body.length), 4);
    const rows = buildRequestViews(handle, catalogue, listChangeRequests(handle, { regionCode: region.code })).map(exportRow);
    const plain = await timeAsync(() => plainWorkbook(rows), 4);
    // The first run of each warms the JIT; the median of the other three is reported.
    const fullMs = median(full.slice(1));
    const plainMs = median(plain.slice(1));
    const views = measure(() => buildRequestViews(handle, catalogue, listChangeRequests(handle, { regionCode: region.code })), { warmup: 1, runs: 3 });
    report('export-xlsx-5000-requests', fullMs, 'ms', {
      goal: 2000,
      baseline: plainMs,
      ratio: fullMs / plainMs,
      note: `createExport xlsx of ${exportRequestCount} requests / ${recipients} recipients (select + views + styled workbook with summary + stored blob, ${(bytes / 1e6).toFixed(1)} MB), median of 3 after a warm-up; baseline = exceljs streaming the same ${rows.length} rows × ${rows[0]?.length ?? 0} texts into one unstyled sheet; views alone ${views.median.toFixed(0)} ms`,
    });
  } finally {
    handle.close();
  }
}
