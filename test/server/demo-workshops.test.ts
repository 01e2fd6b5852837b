/**
 * The demo's workshop: on first start the lead finds an open asynchronous workshop with the
 * participants' proposals already counted, agreeing on some services and not on others.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAccounts } from '../../server/demo/demo-people';
import { seedDemo } from '../../server/demo/seed-demo';
import { seedDemoWorkshops } from '../../server/demo/demo-workshops';
import { asUser } from '../../server/services/create-context';
import { findUserById } from '../../db/queries/users';
import { testContext } from '../helpers/test-app';
import { createCaller } from './review-fixture';

const now = new Date('2026-11-20T10:00:00.000Z');
let env: ReturnType<typeof testContext>;
let leadId = 0;
let workshopId = 0;
beforeAll(async () => {
  env = testContext();
  await seedDemo(env.handle);
  const accounts = await createDemoAccounts(env.handle, { logN: 10, r: 8, p: 1 });
  leadId = accounts.find((a) => a.role === 'lead')!.id;
  workshopId = seedDemoWorkshops(env.handle, accounts, now).workshopId;
}, 60_000);
afterAll(() => env.cleanup());

const asLead = () => createCaller({ ...asUser(env.context, findUserById(env.handle, leadId)), now: () => now });

describe('the demo workshop', () => {
  it('is open for two weeks, facilitated by the lead, with eight baby and toddler articles and both participants', async () => {
    const workshop = await asLead().workshops.get({ id: workshopId });
    expect(workshop).toMatchObject({ name: 'Vauva- ja taaperoikäisten palvelut', mode: 'async', date: '2026-11-20', deadline: '2026-12-04', open: true, runs: true, region: '01' });
    expect(workshop.articles).toHaveLength(8);
    expect(new Set(workshop.articles.map((a) => a.topic))).toEqual(new Set(['vauva', 'taapero']));
    expect(workshop.participants.map((p) => p.name)).toEqual(['Pekka Perhetyöntekijä', 'Sanna Terveydenhoitaja']);
  });

  it('has proposals counted side by side on its first article, some agreeing and some not', async () => {
    const first = (await asLead().workshops.get({ id: workshopId })).articles[0]!;
    const proposals = await asLead().proposals.forArticle({ region: '01', articleId: first.id });
    const counts = proposals.services.map((s) => s.counts);
    expect(counts).toContainEqual({ belongs: 2, not_belongs: 0, missing: 0 });
    expect(counts).toContainEqual({ belongs: 1, not_belongs: 1, missing: 0 });
    expect((await asLead().workshops.stats({ id: workshopId })).totals).toMatchObject({ participants: 2, started: 2, articlesWithProposals: 3 });
  });
});
