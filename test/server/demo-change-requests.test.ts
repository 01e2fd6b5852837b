/**
 * The demo's change requests: on first start the whole loop is there — requests in every
 * state, one export that sent some, and a later import in which owners fixed some of them,
 * which the automatic verification found (and said what is still wrong in the others).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/demo/seed-demo';
import { seedDemoPeople } from '../../server/demo/seed-demo-people';
import { asUser } from '../../server/services/create-context';
import { findUserById } from '../../db/queries/users';
import { changeRequestStates } from '../../shared/domain/change-request';
import { testAuthSettings, testContext } from '../helpers/test-app';
import { createCaller } from './review-fixture';

let env: ReturnType<typeof testContext>;
let managerId = 0;
beforeAll(async () => {
  env = testContext();
  await seedDemo(env.handle);
  const accounts = await seedDemoPeople(env.handle, testAuthSettings.scrypt);
  managerId = accounts.find((a) => a.role === 'manager')!.id;
}, 90_000);
afterAll(() => env.cleanup());

const asManager = () => createCaller(asUser(env.context, findUserById(env.handle, managerId)));
const region = '01';

describe('the demo change requests', () => {
  it('has requests in every state, for DigiFinland, the county and other organisations', async () => {
    const list = await asManager().changeRequests.list({ region });
    for (const state of changeRequestStates) expect(list.byState[state] ?? 0, state).toBeGreaterThan(0);
    const kinds = new Set(list.recipients.map((g) => g.recipient.kind));
    expect(kinds).toEqual(new Set(['digifinland', 'county', 'organization']));
    expect(list.recipients.some((g) => g.recipient.name === 'Helsingin kaupunki')).toBe(true);
  });

  it('a later import verified some requests and says what is still wrong in the others', async () => {
    const runs = await asManager().verification.runs({ region });
    const latest = runs[0]!;
    expect(latest.trigger).toBe('catalogue');
    expect(latest.verified.length).toBeGreaterThanOrEqual(3);
    const { requests } = await asManager().changeRequests.list({ region });
    const verified = requests.filter((r) => r.state === 'verified');
    expect(verified.map((r) => r.type).sort()).toEqual(expect.arrayContaining(['description.new', 'description.translate', 'service.removeItem']));
    for (const r of verified) expect(r.verifiedSnapshotId).toBe(latest.snapshotId);
    const stillWrong = requests.filter((r) => (r.state === 'sent' || r.state === 'done') && r.verification && !r.verification.fixed);
    expect(stillWrong.length).toBeGreaterThanOrEqual(2);
    for (const r of stillWrong) expect(r.verification!.problems.length).toBeGreaterThan(0);
  });

  it('the sent requests went out in one recorded export, with what was sent to whom and when', async () => {
    const exports = await asManager().exports.list({ region });
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ format: 'xlsx', markedSent: true });
    const { requests } = await asManager().changeRequests.list({ region, states: ['sent'] });
    for (const r of requests) expect(r.lastExportId).toBe(exports[0]!.id);
    const detail = await asManager().changeRequests.get({ region, id: requests[0]!.id });
    expect(detail.history.map((e) => e.kind)).toEqual(expect.arrayContaining(['changeRequest.created', 'changeRequest.sent']));
    expect(detail.exports.map((e) => e.id)).toEqual([exports[0]!.id]);
  });

  it('requests are of different ages, so the dashboard has something to show', async () => {
    const { requests } = await asManager().changeRequests.list({ region });
    const ages = new Set(requests.map((r) => r.createdAt.slice(0, 10)));
    expect(ages.size).toBeGreaterThanOrEqual(2);
  });
});
