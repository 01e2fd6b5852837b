/**
 * createExport and the exports/jobs procedures: marking as sent (state, sentAt, lastExportId,
 * version, history), the stored export row with the exact bytes, and failures that change
 * nothing — while rendering, before saving, and when a request changed meanwhile.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeTransaction } from '../../db/client';
import { findChangeRequest, updateChangeRequest } from '../../db/queries/change-requests';
import { listHistory } from '../../db/queries/history';
import { createExport, type StartExportInput } from '../../server/export/create-export';
import { asUser } from '../../server/services/create-context';
import { historyActor } from '../../server/services/history-actor';
import { dumpTables } from '../helpers/temp-db';
import { userNamed } from '../helpers/test-users';
import { insertFixtureRequests } from './exports-fixture';
import { CLOCK, REGION, createCaller, reviewFixture } from './review-fixture';

const renderFailure = vi.hoisted(() => ({ on: false }));
vi.mock('../../server/export/render-letters-pdf', async (original) => {
  const actual = await original<typeof import('../../server/export/render-letters-pdf')>();
  return { ...actual, renderLettersPdf: (...args: Parameters<typeof actual.renderLettersPdf>) => (renderFailure.on ? Promise.reject(new Error('font missing')) : actual.renderLettersPdf(...args)) };
});

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => {
  f = await reviewFixture();
  insertFixtureRequests(f.context.handle);
  renderFailure.on = false;
});
afterEach(() => f.cleanup());

const input = (fields: Partial<StartExportInput> = {}): StartExportInput => ({ region: REGION, format: 'xlsx', language: 'fi', markSent: true, ...fields });
const deps = () => ({ handle: f.context.handle, catalogue: f.context.catalogue, actor: historyActor(f.context), now: () => CLOCK });
const exportRows = () => f.context.handle.sqlite.prepare(`SELECT * FROM request_exports`).all() as { id: number; body: Buffer; sha256: string; byte_size: number; file_name: string; request_ids: string; marked_sent: number; content_type: string }[];

describe('createExport', () => {
  it('stores the exact file and moves the ready requests to sent, with history', async () => {
    const phases: string[] = [];
    const { result, body } = await createExport(deps(), input(), (p) => phases.push(p.phase));
    expect(new Set(phases)).toEqual(new Set(['select', 'render', 'save']));
    expect(result).toMatchObject({ fileName: 'muutospyynnot-01-2026-11-20.xlsx', requestCount: 4, recipients: 4, markedSent: ['LP-2026-0001', 'LP-2026-0002', 'LP-2026-0003', 'LP-2026-0004'] });

    const [row] = exportRows();
    expect(row!.body.equals(body)).toBe(true);
    expect(row).toMatchObject({ id: result.exportId, byte_size: body.length, sha256: createHash('sha256').update(body).digest('hex'), marked_sent: 1, request_ids: '[1,2,3,4]' });

    for (const id of [1, 2, 3, 4]) {
      expect(findChangeRequest(f.context.handle, id)).toMatchObject({ state: 'sent', sentAt: CLOCK.toISOString(), lastExportId: result.exportId, version: 2 });
      const [event] = listHistory(f.context.handle, { changeRequestId: id, limit: 5 });
      expect(event).toMatchObject({ kind: 'changeRequest.sent', userName: 'Riikka Arvioija', data: { exportId: result.exportId, format: 'xlsx' } });
    }
    expect(listHistory(f.context.handle, { changeRequestId: 1, limit: 1 })[0]!.data['recipient']).toMatchObject({ name: 'Esimerkkikunta', email: 'kirjaamo@esimerkkikunta.fi' });
    // The draft is neither exported nor moved.
    expect(findChangeRequest(f.context.handle, 5)).toMatchObject({ state: 'draft', sentAt: null, version: 1 });
    expect(listHistory(f.context.handle, { kinds: ['export.requests'], limit: 5 })).toEqual([
      expect.objectContaining({ regionCode: REGION, data: expect.objectContaining({ exportId: result.exportId, requestCount: 4, markedSent: 4 }) }),
    ]);
  });

  it('without markSent records the export and leaves the requests as they were', async () => {
    const { result } = await createExport(deps(), input({ format: 'csv', markSent: false, recipient: { kind: 'digifinland' } }));
    expect(result).toMatchObject({ requestCount: 1, markedSent: [], fileName: 'muutospyynnot-01-digifinland-2026-11-20.csv' });
    expect(findChangeRequest(f.context.handle, 3)).toMatchObject({ state: 'ready', version: 1, lastExportId: null });
    expect(exportRows()[0]).toMatchObject({ marked_sent: 0, request_ids: '[3]', content_type: 'text/csv; charset=utf-8' });
  });

  it('selects by state, recipient organisation and ids', async () => {
    const town = await createExport(deps(), input({ markSent: false, format: 'json', states: ['ready', 'draft'], recipient: { kind: 'organization', organizationId: '11111111-1111-4111-8111-111111111111' } }));
    expect(town.result.requestCount).toBe(2);
    const picked = await createExport(deps(), input({ markSent: false, format: 'html', language: 'sv', ids: [2, 4] }));
    expect(picked.result).toMatchObject({ requestCount: 2, fileName: 'andringsbegaran-01-2026-11-20.html' });
  });

  it('changes nothing when rendering fails', async () => {
    renderFailure.on = true;
    const before = dumpTables(f.context.handle);
    await expect(createExport(deps(), input({ format: 'pdf' }))).rejects.toThrow('font missing');
    expect(dumpTables(f.context.handle)).toEqual(before);
  });

  it('changes nothing when a request changed while the file was made', async () => {
    const before = dumpTables(f.context.handle);
    const sneakyEdit = async () => {
      // Someone withdraws LP-2026-0002 between selection and saving.
      writeTransaction(f.context.handle, () => updateChangeRequest(f.context.handle, 2, 1, { state: 'withdrawn' }, CLOCK.toISOString()));
    };
    await expect(createExport({ ...deps(), beforeSave: sneakyEdit }, input())).rejects.toMatchObject({ code: 'CONFLICT' });
    const after = dumpTables(f.context.handle);
    expect(after['request_exports']).toEqual([]);
    expect(after['history_events']).toEqual(before['history_events']);
    expect(findChangeRequest(f.context.handle, 1)).toMatchObject({ state: 'ready', version: 1 });
    expect(findChangeRequest(f.context.handle, 2)).toMatchObject({ state: 'withdrawn' });
  });

  it('refuses an export with nothing in it', async () => {
    await expect(createExport(deps(), input({ states: ['verified'] }))).rejects.toThrow(/no change requests to export/);
    expect(exportRows()).toEqual([]);
  });
});

describe('exports and jobs procedures', () => {
  it('runs an export as a job the starter (or a manager) can follow, then lists it', async () => {
    const started = await f.caller.exports.start(input({ format: 'json' }));
    expect(started).toMatchObject({ kind: 'export.requests', status: 'running', userId: f.context.user!.id });
    const done = await f.context.jobs.settled(started.id);
    expect(done).toMatchObject({ status: 'done', progress: { phase: 'save', done: 1, total: 1 }, result: { requestCount: 4, format: 'json' } });
    expect(await f.caller.jobs.get({ id: started.id })).toMatchObject({ status: 'done' });
    expect(await f.as('Toinen Pääkäyttäjä').jobs.get({ id: started.id })).toMatchObject({ status: 'done' });
    const lead = createCaller({ ...asUser(f.context, userNamed(f.context.handle, 'Liisa Vetäjä', 'lead', ['vauva'])), now: () => CLOCK });
    await expect(lead.jobs.get({ id: started.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(lead.exports.list({ region: REGION })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const list = await f.caller.exports.list({ region: REGION });
    expect(list).toEqual([
      expect.objectContaining({ id: (done!.result as { exportId: number }).exportId, format: 'json', language: 'fi', recipient: null, requestCount: 4, markedSent: true, fileName: 'muutospyynnot-01-2026-11-20.json', createdBy: 'Riikka Arvioija' }),
    ]);
  });

  it('reports a failed export on the job, with its reason', async () => {
    const started = await f.caller.exports.start(input({ states: ['rejected'] }));
    expect(await f.context.jobs.settled(started.id)).toMatchObject({ status: 'failed', error: expect.stringMatching(/no change requests to export/) });
  });

  it('refuses an unknown region at once', async () => {
    await expect(f.caller.exports.start(input({ region: 'zz' }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(f.caller.exports.list({ region: 'zz' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
