/**
 * Description requests (a service the county needs but nobody has described, written in
 * Finnish and Swedish) and comments on an article or on one article–service pair.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateDescriptionRequestInput } from '../../shared/schemas/review-api';
import { CLOCK, K1, ORG_NGO, REGION, S1, S6, XSS, reviewFixture } from './review-fixture';

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeEach(async () => (f = await reviewFixture()));
afterEach(() => f.cleanup());

const later = new Date('2026-11-21T08:30:00.000Z');
const request = (fields: Partial<CreateDescriptionRequestInput> = {}): CreateDescriptionRequestInput => ({
  region: REGION,
  name: { fi: 'Unikoulu vauvaperheille', sv: 'Sömnskola för babyfamiljer' },
  summary: { fi: 'Ohjattu unikoulu', sv: 'Handledd sömnskola' },
  description: { fi: 'Perheneuvolan unikoulu kotikäynteinä.', sv: 'Familjerådgivningens sömnskola som hembesök.' },
  organizationId: ORG_NGO,
  organizationName: 'Perheyhdistys ry',
  keywords: [K1],
  serviceClasses: ['P3.6'],
  targetGroups: ['KR1.2'],
  articleIds: ['a1', 'a3'],
  ...fields,
});

describe('descriptionRequests', () => {
  it('stores a request in Finnish and Swedish and lists it with who and when', async () => {
    const { id } = await f.caller.descriptionRequests.create(request());
    expect(id).toBeGreaterThan(0);
    const { region: _region, ...fields } = request();
    expect(await f.caller.descriptionRequests.list({ region: REGION })).toEqual([
      {
        ...fields,
        id,
        regionCode: REGION,
        status: 'open',
        createdBy: 'Riikka Arvioija',
        createdAt: CLOCK.toISOString(),
        articles: [
          { id: 'a1', title: { fi: 'Vauvan uni', sv: 'Babyns sömn' } },
          { id: 'a3', title: { fi: 'Yövalvominen', sv: '' } },
        ],
      },
    ]);
  });

  it('lists newest first, by article only those naming it, and nothing for another region', async () => {
    const first = await f.caller.descriptionRequests.create(request());
    const second = await f.as('Lauri Lead', later).descriptionRequests.create(request({ articleIds: ['a2'], organizationId: null, organizationName: 'Ei tiedossa' }));
    const ids = async (articleId?: string) => (await f.caller.descriptionRequests.list({ region: REGION, articleId })).map((r) => r.id);
    expect(await ids()).toEqual([second.id, first.id]);
    expect(await ids('a3')).toEqual([first.id]);
    expect(await ids('a2')).toEqual([second.id]);
    expect(await ids('a5')).toEqual([]);
    expect(await f.caller.descriptionRequests.list({ region: '02' })).toEqual([]);
    expect((await f.caller.descriptionRequests.list({ region: REGION }))[0]).toMatchObject({ organizationId: null, createdBy: 'Lauri Lead', createdAt: later.toISOString() });
  });

  it('stores an empty organisation id as no organisation', async () => {
    await f.caller.descriptionRequests.create(request({ organizationId: '  ' }));
    expect((await f.caller.descriptionRequests.list({ region: REGION }))[0]?.organizationId).toBeNull();
  });

  const rejections: [string, Partial<CreateDescriptionRequestInput>, string][] = [
    ['an unknown article among known ones', { articleIds: ['a1', 'nope'] }, 'unknown article(s): nope'],
    ['an unknown organisation', { organizationId: '44444444-4444-4444-8444-444444444444' }, 'unknown organisation'],
    ['an unknown region', { region: '77' }, 'unknown region'],
    ['no Swedish name', { name: { fi: 'Unikoulu', sv: '   ' } }, 'name'],
    ['no articles', { articleIds: [] }, 'articleIds'],
  ];
  it.each(rejections)('rejects %s with BAD_REQUEST and stores nothing', async (_label, fields, message) => {
    const error = await f.caller.descriptionRequests.create(request(fields)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(String((error as Error).message)).toContain(message);
    expect(await f.caller.descriptionRequests.list({ region: REGION })).toEqual([]);
  });
});

describe('comments', () => {
  it('lists comments on the article and its pairs oldest first, with author and time', async () => {
    const onArticle = await f.caller.comments.add({ articleId: 'a1', body: 'Käydään läpi työpajassa' });
    const onPair = await f.as('Lauri Lead', later).comments.add({ articleId: 'a1', serviceId: S1, body: `  Kuuluuko tämä? ${XSS}  ` });
    expect(onArticle).toEqual({ id: onArticle.id, articleId: 'a1', serviceId: null, body: 'Käydään läpi työpajassa', author: 'Riikka Arvioija', createdAt: CLOCK.toISOString() });
    expect(await f.caller.comments.list({ articleId: 'a1' })).toEqual([
      onArticle,
      { id: onPair.id, articleId: 'a1', serviceId: S1, body: `Kuuluuko tämä? ${XSS}`, author: 'Lauri Lead', createdAt: later.toISOString() },
    ]);
    expect(await f.caller.comments.list({ articleId: 'a2' })).toEqual([]);
  });

  it('counts pair comments on the article view items, not article comments nor other articles', async () => {
    await f.caller.comments.add({ articleId: 'a1', body: 'yleinen' });
    await f.caller.comments.add({ articleId: 'a1', serviceId: S1, body: 'eka' });
    await f.caller.comments.add({ articleId: 'a1', serviceId: S1, body: 'toka' });
    await f.caller.comments.add({ articleId: 'a2', serviceId: S6, body: 'muualla' });
    const counts = async (articleId: string) => Object.fromEntries((await f.caller.articles.diff({ region: REGION, articleId })).items.map((i) => [i.serviceId, i.comments]));
    expect(await counts('a1')).toEqual({ [S1]: 2, [S6]: 0 });
    expect((await counts('a2'))[S6]).toBe(1);
  });

  it('rejects an unknown article and an empty or oversized body, storing nothing', async () => {
    // An unknown article is NOT_FOUND since sign-in landed (the access check looks it up first).
    await expect(f.caller.comments.add({ articleId: 'nope', body: 'hei' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'unknown article "nope"' });
    await expect(f.caller.comments.add({ articleId: 'a1', body: ' \n ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(f.caller.comments.add({ articleId: 'a1', body: 'x'.repeat(4001) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await f.caller.comments.list({ articleId: 'a1' })).toEqual([]);
    await expect(f.caller.comments.list({ articleId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
