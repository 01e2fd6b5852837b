/**
 * shared/domain/signoff-drift.ts: what changed in an article's link set since its sign-off
 * (began, stopped, content changed, decisions added/removed/flipped), and whether it drifted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signoffDrift, type LinkSet, type SignoffDrift } from '../../shared/domain/signoff-drift';
import type { DecisionValue } from '../../shared/domain/types';

const set = (surfacing: LinkSet['surfacing'], approved: LinkSet['approved'] = []): LinkSet => ({ surfacing, approved });
const nothing: Omit<SignoffDrift, 'drifted'> = { began: [], stopped: [], contentChanged: [], decisions: [] };

describe('signoffDrift', () => {
  const signedOff = set(
    [['s1', 'h1'], ['s2', 'h2'], ['s3', 'h3']],
    [['s1', 'include'], ['s2', 'exclude'], ['s3', 'include']],
  );
  const table: [string, LinkSet, Omit<SignoffDrift, 'drifted'>][] = [
    ['the same link set in another order', set([['s3', 'h3'], ['s1', 'h1'], ['s2', 'h2']], [['s3', 'include'], ['s2', 'exclude'], ['s1', 'include']]), nothing],
    ['a service began surfacing (not decided yet)', set([...signedOff.surfacing, ['s4', 'h4']], [...signedOff.approved]), { ...nothing, began: ['s4'] }],
    ['a service stopped surfacing, its decision stays', set([['s1', 'h1'], ['s3', 'h3']], [...signedOff.approved]), { ...nothing, stopped: ['s2'] }],
    ['a surfacing service was rewritten', set([['s1', 'h1'], ['s2', 'h2'], ['s3', 'h3-new']], [...signedOff.approved]), { ...nothing, contentChanged: ['s3'] }],
    [
      'a decision flipped, one was added and one removed',
      set([...signedOff.surfacing], [['s1', 'exclude'], ['s2', 'exclude'], ['s9', 'include']]),
      { ...nothing, decisions: [{ serviceId: 's1', before: 'include', after: 'exclude' }, { serviceId: 's3', before: 'include', after: null }, { serviceId: 's9', before: null, after: 'include' }] },
    ],
    ['an unknown hash then or now proves no change', set([['s1', null], ['s2', 'h2'], ['s3', 'h3']], [...signedOff.approved]), nothing],
    [
      'one service both stopped and its decision removed: listed in each, once',
      set([['s1', 'h1'], ['s3', 'h3']], [['s1', 'include'], ['s3', 'include']]),
      { ...nothing, stopped: ['s2'], decisions: [{ serviceId: 's2', before: 'exclude', after: null }] },
    ],
    [
      'several at once, each list in service id order',
      set([['s9', 'h9'], ['s2', 'x'], ['s5', 'h5']], [...signedOff.approved]),
      { ...nothing, began: ['s5', 's9'], stopped: ['s1', 's3'], contentChanged: ['s2'] },
    ],
  ];
  it.each(table)('%s', (_label, now, expected) => {
    const drift = signoffDrift(signedOff, now);
    expect(drift).toEqual({ ...expected, drifted: expected.began.length + expected.stopped.length + expected.contentChanged.length + expected.decisions.length > 0 });
  });

  it('an empty sign-off against an empty article has not drifted', () => {
    expect(signoffDrift(set([]), set([]))).toEqual({ ...nothing, drifted: false });
  });

  it('a hash that was unknown at sign-off stays unknown to the comparison', () => {
    expect(signoffDrift(set([['s1', null]]), set([['s1', 'h1']])).drifted).toBe(false);
  });
});

describe('signoffDrift properties', () => {
  const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
  const linkSetArb: fc.Arbitrary<LinkSet> = fc.record({
    surfacing: fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom('a', 'b', 'c')), { selector: ([id]) => id, maxLength: 10 }),
    approved: fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom<DecisionValue>('include', 'exclude')), { selector: ([id]) => id, maxLength: 10 }),
  });
  const flip = (d: DecisionValue): DecisionValue => (d === 'include' ? 'exclude' : 'include');

  it('a sign-off compared with the unchanged state of its moment (in any order) never drifted', () => {
    fc.assert(
      fc.property(linkSetArb, (signed) => {
        const same = { surfacing: [...signed.surfacing].reverse(), approved: [...signed.approved].reverse() };
        expect(signoffDrift(signed, same)).toEqual({ ...nothing, drifted: false });
      }),
    );
  });

  type Change = { kind: 'began' | 'stopped' | 'contentChanged' | 'added' | 'removed' | 'flipped'; pick: number };
  const changeArb: fc.Arbitrary<Change> = fc.record({ kind: fc.constantFrom('began', 'stopped', 'contentChanged', 'added', 'removed', 'flipped'), pick: fc.nat() });

  /** Applies one change to the link set, or null when the set has nothing it could apply to. */
  function apply(signed: LinkSet, change: Change): { now: LinkSet; serviceId: string } | null {
    const surfacing = [...signed.surfacing];
    const approved = [...signed.approved];
    const at = <T,>(list: readonly T[]) => (list.length === 0 ? null : change.pick % list.length);
    const unused = (taken: readonly (readonly [string, unknown])[]) => ids.filter((id) => !taken.some(([t]) => t === id));
    switch (change.kind) {
      case 'began': {
        const free = unused(surfacing);
        const i = at(free);
        if (i === null) return null;
        return { now: { surfacing: [...surfacing, [free[i]!, 'a']], approved }, serviceId: free[i]! };
      }
      case 'stopped':
      case 'contentChanged': {
        const i = at(surfacing);
        if (i === null) return null;
        const [id, hash] = surfacing[i]!;
        const next = change.kind === 'stopped' ? surfacing.filter((_, j) => j !== i) : surfacing.map((entry, j) => (j === i ? ([id, `${hash}-new`] as const) : entry));
        return { now: { surfacing: next, approved }, serviceId: id };
      }
      case 'added': {
        const free = unused(approved);
        const i = at(free);
        if (i === null) return null;
        return { now: { surfacing, approved: [...approved, [free[i]!, 'include']] }, serviceId: free[i]! };
      }
      case 'removed':
      case 'flipped': {
        const i = at(approved);
        if (i === null) return null;
        const [id, decision] = approved[i]!;
        const next = change.kind === 'removed' ? approved.filter((_, j) => j !== i) : approved.map((entry, j) => (j === i ? ([id, flip(decision)] as const) : entry));
        return { now: { surfacing, approved: next }, serviceId: id };
      }
    }
  }

  it('any single change is reported exactly once, in its own list', () => {
    fc.assert(
      fc.property(linkSetArb, changeArb, (signed, change) => {
        const applied = apply(signed, change);
        fc.pre(applied !== null);
        const drift = signoffDrift(signed, applied!.now);
        const reported = [
          ...drift.began.map((id) => ['began', id]),
          ...drift.stopped.map((id) => ['stopped', id]),
          ...drift.contentChanged.map((id) => ['contentChanged', id]),
          ...drift.decisions.map((d) => [d.before === null ? 'added' : d.after === null ? 'removed' : 'flipped', d.serviceId]),
        ];
        expect(reported).toEqual([[change.kind, applied!.serviceId]]);
        expect(drift.drifted).toBe(true);
      }),
    );
  });
});
