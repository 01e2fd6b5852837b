/**
 * importRequestsJson: refusals name the JSON path, a "__proto__" key pollutes nothing, a
 * code that exists with other content is a conflict (also when another writer stores it while
 * the import runs), a record is held to the rules a request made here is, a verified request
 * arrives as done, and any refusal writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listChangeRequests } from '../../db/queries/change-requests';
import { importRequestsJson } from '../../server/export/import-requests-json';
import { portableRequest } from '../../server/export/render-json';
import { dumpTables, tempDir } from '../helpers/temp-db';
import { fixtureRequests, insertFixtureRequests } from './exports-fixture';
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

  it('refuses a record the same rules would refuse here: fields for the type, recipient kind, unknown service', async () => {
    const document = await exportedDocument();
    const before = dumpTables(f.context.handle);
    const refused = async (index: number, change: Record<string, unknown>): Promise<void> => {
      const requests = document.requests.map((request, i) => (i === index ? { ...request, ...change } : request));
      await importRequestsJson(f.context.handle, write({ ...document, requests }));
    };
    await expect(refused(0, { itemKind: null, itemValue: null })).rejects.toThrow(/\$\.requests\[0\]: a service\.removeItem request needs itemKind and itemValue/);
    await expect(refused(2, { serviceId: null })).rejects.toThrow(/\$\.requests\[2\]: a rule\.pin request needs serviceId/);
    await expect(refused(0, { type: 'service.changeArea', itemKind: 'area', itemValue: 'Municipality:018' })).rejects.toThrow(/\$\.requests\[0\]: a service\.changeArea request needs details\.shouldSurface/);
    await expect(refused(1, { recipient: { kind: 'digifinland', organizationId: null, name: 'DigiFinland', email: null } })).rejects.toThrow(
      /\$\.requests\[1\]\.recipient\.kind: a service\.removeItem request goes to "organization", not "digifinland"/,
    );
    await expect(refused(2, { recipient: { kind: 'county', organizationId: null, name: 'Itä-Uusimaa', email: null } })).rejects.toThrow(/\$\.requests\[2\]\.recipient\.kind: a rule\.pin request goes to "digifinland"/);
    await expect(refused(1, { serviceId: 'no-such-service' })).rejects.toThrow(/\$\.requests\[1\]\.serviceId: unknown service "no-such-service"/);
    expect(dumpTables(f.context.handle)).toEqual(before);
  });

  it('stores a verified request as done (its snapshot is another database\'s) and skips it when imported again', async () => {
    const document = await exportedDocument();
    document.requests[0] = { ...document.requests[0]!, state: 'verified', sentAt: '2026-11-01T08:00:00.000Z' };
    const file = write(document);
    const result = await importRequestsJson(f.context.handle, file, { now: () => CLOCK });
    expect(result.inserted).toContain('LP-2026-0001');
    const stored = listChangeRequests(f.context.handle, { regionCode: REGION }).find((r) => r.code === 'LP-2026-0001')!;
    expect(stored).toMatchObject({ state: 'done', verifiedSnapshotId: null, sentAt: '2026-11-01T08:00:00.000Z' });
    expect(await importRequestsJson(f.context.handle, file)).toMatchObject({ inserted: [], skipped: result.inserted });
  });

  it('matches codes inside its write transaction: a request another writer stores meanwhile is a conflict, not a raw UNIQUE error', async () => {
    const document = await exportedDocument();
    let storedMeanwhile = false;
    // The clock is read between the record checks and the write: stand-in for another process writing then.
    const concurrentWriter = (): Date => {
      if (!storedMeanwhile) insertFixtureRequests(f.context.handle, [{ ...fixtureRequests[0]!, reason: 'Toinen prosessi ehti ensin' }]);
      storedMeanwhile = true;
      return CLOCK;
    };
    const error = await importRequestsJson(f.context.handle, write(document), { now: concurrentWriter }).catch((e: unknown) => e);
    expect(storedMeanwhile).toBe(true);
    expect(String(error)).toMatch(/requests\.json: conflict: .*\$\.requests\[0\] \(LP-2026-0001\): differs in reason; nothing imported/);
    expect(listChangeRequests(f.context.handle, { regionCode: REGION }).map((r) => r.code)).toEqual(['LP-2026-0001']);
  });
});
