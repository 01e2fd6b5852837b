/**
 * importRequestsJson: refusals name the JSON path, a "__proto__" key pollutes nothing, a
 * code that exists with other content is a conflict, and any refusal writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listChangeRequests } from '../../db/queries/change-requests';
import { importRequestsJson } from '../../server/export/import-requests-json';
import { portableRequest } from '../../server/export/render-json';
import { dumpTables, tempDir } from '../helpers/temp-db';
import { insertFixtureRequests } from './exports-fixture';
import { CLOCK, REGION, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => {
  f = await reviewFixture();
});
afterEach(() => f.cleanup());

/** A JSON export of the fixture's requests, as made in another database. */
async function exportedDocument(): Promise<{ format: string; version: number; region: string; exportedAt: string; requests: Record<string, unknown>[] }> {
  const source = await reviewFixture();
  try {
    insertFixtureRequests(source.context.handle);
    const requests = listChangeRequests(source.context.handle, { regionCode: REGION }).map(portableRequest) as unknown as Record<string, unknown>[];
    return { format: 'linkkipaja.change-requests', version: 1, region: REGION, exportedAt: CLOCK.toISOString(), requests };
  } finally {
    source.cleanup();
  }
}

function write(content: unknown): string {
  const file = join(tempDir(), 'requests.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('importRequestsJson', () => {
  it('refuses a bad record with its JSON path and writes nothing', async () => {
    const document = await exportedDocument();
    (document.requests[2]!['recipient'] as Record<string, unknown>)['kind'] = 'mayor';
    const before = dumpTables(f.context.handle);
    await expect(importRequestsJson(f.context.handle, write(document))).rejects.toThrow(/requests\.json: \$\.requests\[2\]\.recipient\.kind: /);
    document.requests[2]!['recipient'] = { kind: 'digifinland', organizationId: null, name: 'DigiFinland', email: null };
    (document.requests[4]!['articleIds'] as string[]).push('no-such-article');
    await expect(importRequestsJson(f.context.handle, write(document))).rejects.toThrow(/\$\.requests\[4\]\.articleIds\[1\]: unknown article "no-such-article"/);
    await expect(importRequestsJson(f.context.handle, write('{"format": "linkkipaja.change-requests", '))).rejects.toThrow(/not JSON/);
    await expect(importRequestsJson(f.context.handle, write({ ...document, version: 2 }))).rejects.toThrow(/\$\.version: /);
    expect(dumpTables(f.context.handle)).toEqual(before);
  });

  it('keeps "__proto__" keys inert', async () => {
    const document = await exportedDocument();
    const text = JSON.stringify(document).replace('"details":{}', '"details":{"__proto__":{"polluted":true}}');
    expect(text).toContain('__proto__');
    const before = dumpTables(f.context.handle);
    await expect(importRequestsJson(f.context.handle, write(text))).rejects.toThrow(/\$\.requests\[0\]\.details: Unrecognized key/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(dumpTables(f.context.handle)).toEqual(before);
  });

  it('inserts new codes keeping them, skips identical ones, and refuses a conflict without writing', async () => {
    const document = await exportedDocument();
    // This database already has other requests: LP-2026-0001 … 0005 with the same content.
    insertFixtureRequests(f.context.handle);
    const extra = { ...document.requests[0]!, code: 'LP-2026-0042', reason: 'Toisesta tietokannasta' };
    const result = await importRequestsJson(f.context.handle, write({ ...document, requests: [...document.requests, extra] }), { now: () => CLOCK });
    expect(result).toMatchObject({ inserted: ['LP-2026-0042'], skipped: ['LP-2026-0001', 'LP-2026-0002', 'LP-2026-0003', 'LP-2026-0004', 'LP-2026-0005'] });
    expect(listChangeRequests(f.context.handle, { regionCode: REGION }).map((r) => r.code)).toEqual(['LP-2026-0001', 'LP-2026-0002', 'LP-2026-0003', 'LP-2026-0004', 'LP-2026-0005', 'LP-2026-0042']);

    const before = dumpTables(f.context.handle);
    const changed = { ...document.requests[1]!, reason: 'Eri perustelu' };
    const fresh = { ...document.requests[0]!, code: 'LP-2026-0100' };
    await expect(importRequestsJson(f.context.handle, write({ ...document, requests: [fresh, changed] }))).rejects.toThrow(/conflict: .*\$\.requests\[1\] \(LP-2026-0002\): differs in reason; nothing imported/);
    expect(dumpTables(f.context.handle)).toEqual(before);
  });
});
