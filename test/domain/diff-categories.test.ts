/**
 * surfacing.md "Diff of one article in one region against its approved decisions":
 * the category table, reasons only on surfacing items, counts, and changedSinceApproval.
 * Surfacing comes from SurfacingWorkspace; the diff is diffArticle.
 */
import { describe, expect, it } from 'vitest';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type { DecisionValue, DiffCategory } from '../../shared/domain/types';
import { approvals, diffVia, id, kw, reasons, region, rule, service } from '../helpers/domain-builders';

const R = region('99', ['018', '407']);
const RULE = rule({ keywords: [kw(1)] });
const surfacing = service({ id: id('in'), keywords: [kw(1)] });
const notSurfacing = service({ id: id('out'), keywords: [kw(2)] });

function workspace(): SurfacingWorkspace {
  return new SurfacingWorkspace([surfacing, notSurfacing], [R], [{ id: 'a', rule: RULE }]);
}

describe('category table', () => {
  const table: [string, DecisionValue | null, DiffCategory | null][] = [
    // service, approved decision, category (null = not listed)
    [surfacing.id, 'include', 'ok'],
    [surfacing.id, null, 'unreviewed'],
    [surfacing.id, 'exclude', 'unwanted'],
    [notSurfacing.id, 'include', 'missing'],
    [notSurfacing.id, 'exclude', 'cleared'],
    [notSurfacing.id, null, null],
  ];
  it.each(table)('%s with decision %s → %s', (serviceId, decision, category) => {
    const diff = diffVia(workspace(), '99', 'a', approvals(decision ? [[serviceId, decision]] : []));
    const item = diff.items.find((i) => i.serviceId === serviceId);
    expect(item?.category ?? null).toBe(category);
    if (!item) return;
    const surfaces = serviceId === surfacing.id;
    expect(item.reasons).toEqual(surfaces ? reasons({ keywords: [kw(1)] }) : null);
    expect(item.missingReason).toBe(category === 'missing' ? 'criteria_not_met' : null);
    expect(item.changedSinceApproval).toBe(false);
  });
});

describe('a whole article', () => {
  const services = [
    service({ id: id('1'), keywords: [kw(1)] }),
    service({ id: id('2'), keywords: [kw(1)], serviceClasses: ['P3.7'] }),
    service({ id: id('3'), keywords: [kw(1)] }),
    service({ id: id('4'), keywords: [kw(1)], publishingStatus: 'Draft' }),
    service({ id: id('5'), keywords: [kw(3)] }),
    service({ id: id('6'), keywords: [kw(1)] }),
  ];
  const ws = new SurfacingWorkspace(services, [R], [{ id: 'a', rule: RULE }, { id: 'empty', rule: rule() }]);
  const approved = approvals([
    [id('1'), 'include'],
    [id('2'), 'exclude'],
    [id('4'), 'include'],
    [id('5'), 'exclude'],
    [id('7'), 'include'],
  ]);

  it('puts every service in its category with exact counts', () => {
    const diff = diffVia(ws, '99', 'a', approved);
    expect(diff.articleId).toBe('a');
    expect(diff.counts).toEqual({ ok: 1, unreviewed: 2, unwanted: 1, missing: 2, cleared: 1 });
    const byId = Object.fromEntries(diff.items.map((i) => [i.serviceId, [i.category, i.missingReason]]));
    expect(byId).toEqual({
      [id('1')]: ['ok', null],
      [id('2')]: ['unwanted', null],
      [id('3')]: ['unreviewed', null],
      [id('6')]: ['unreviewed', null],
      [id('4')]: ['missing', 'not_published'],
      [id('7')]: ['missing', 'not_in_catalogue'],
      [id('5')]: ['cleared', null],
    });
  });

  it('carries the surfacing reasons on surfacing items and null on the others', () => {
    const diff = diffVia(ws, '99', 'a', approved);
    for (const item of diff.items) {
      const surfaces = ['ok', 'unreviewed', 'unwanted'].includes(item.category);
      expect(item.reasons).toEqual(surfaces ? ws.surfacing('99', 'a').get(item.serviceId) : null);
    }
    expect(diff.items.find((i) => i.serviceId === id('2'))?.reasons).toEqual(reasons({ keywords: [kw(1)] }));
  });

  it('an article that selects nothing lists only its approved decisions', () => {
    const diff = diffVia(ws, '99', 'empty', approvals([[id('1'), 'include'], [id('2'), 'exclude']]));
    expect(diff.counts).toEqual({ ok: 0, unreviewed: 0, unwanted: 0, missing: 1, cleared: 1 });
    expect(diff.items.map((i) => [i.serviceId, i.category, i.missingReason])).toEqual(
      expect.arrayContaining([
        [id('1'), 'missing', 'criteria_not_met'],
        [id('2'), 'cleared', null],
      ]),
    );
  });

  it('an article with no decisions and no surfacing has no items and zero counts', () => {
    const diff = diffVia(ws, '99', 'empty', approvals([]));
    expect(diff).toEqual({ articleId: 'empty', counts: { ok: 0, unreviewed: 0, unwanted: 0, missing: 0, cleared: 0 }, items: [] });
  });
});

describe('changedSinceApproval on ok items', () => {
  const table: [string, string, boolean][] = [
    // hash at approval, current hash, changedSinceApproval
    ['h1', 'h2', true],
    ['h1', 'h1', false],
  ];
  it.each(table)('approved at %s, now %s → %s', (atApproval, current, changed) => {
    const diff = diffVia(workspace(), '99', 'a', approvals([[surfacing.id, 'include', atApproval]]), { [surfacing.id]: current });
    expect(diff.items).toHaveLength(1);
    expect(diff.items[0]?.category).toBe('ok');
    expect(diff.items[0]?.changedSinceApproval).toBe(changed);
  });

  it('follows a real catalogue change of the service', () => {
    const ws = workspace();
    const approved = approvals([[surfacing.id, 'include', 'v1']]);
    expect(diffVia(ws, '99', 'a', approved, { [surfacing.id]: 'v1' }).items[0]?.changedSinceApproval).toBe(false);
    ws.upsertService({ ...surfacing, keywords: [kw(1), kw(9)] });
    const after = diffVia(ws, '99', 'a', approved, { [surfacing.id]: 'v2' });
    expect(after.items[0]).toMatchObject({ category: 'ok', changedSinceApproval: true, reasons: reasons({ keywords: [kw(1)] }) });
  });
});
