import { describe, expect, it } from 'vitest';
import { majorityDecision, tallyProposals, type ProposalKind } from '../../shared/domain/proposal-tally';
import { daysToDeadline, proposalsOpen } from '../../shared/domain/workshop-deadline';

describe('counting proposals', () => {
  it.each<[ProposalKind[], 'include' | 'exclude' | null]>([
    [[], null],
    [['belongs', 'belongs', 'belongs', 'not_belongs'], 'include'],
    [['belongs', 'not_belongs'], null],
    [['not_belongs', 'not_belongs', 'belongs'], 'exclude'],
    [['missing'], 'include'],
    [['missing', 'not_belongs', 'not_belongs'], 'exclude'],
  ])('%j points to %s', (kinds, decision) => {
    expect(majorityDecision(tallyProposals(kinds))).toBe(decision);
  });

  it('counts each kind', () => {
    expect(tallyProposals(['belongs', 'missing', 'belongs', 'not_belongs'])).toEqual({ belongs: 2, not_belongs: 1, missing: 1 });
  });
});

describe('workshop deadline', () => {
  const async = (deadline: string | null) => ({ mode: 'async' as const, deadline });
  it.each([
    // Finland is UTC+2 in winter, UTC+3 in summer.
    ['2026-11-27T21:59:59Z', '2026-11-27', true],
    ['2026-11-27T22:00:00Z', '2026-11-27', false],
    ['2026-06-10T20:59:00Z', '2026-06-10', true],
    ['2026-06-10T21:00:00Z', '2026-06-10', false],
    ['2026-11-01T10:00:00Z', '2026-11-27', true],
  ])('at %s with deadline %s open: %s', (now, deadline, open) => {
    expect(proposalsOpen(async(deadline), new Date(now))).toBe(open);
  });

  it('a live workshop and one without a deadline are always open', () => {
    expect(proposalsOpen({ mode: 'live', deadline: '2020-01-01' }, new Date('2026-11-27T12:00:00Z'))).toBe(true);
    expect(proposalsOpen(async(null), new Date('2026-11-27T12:00:00Z'))).toBe(true);
  });

  it('counts whole days to the deadline in Finland', () => {
    expect(daysToDeadline('2026-11-27', new Date('2026-11-27T21:00:00Z'))).toBe(0);
    expect(daysToDeadline('2026-11-27', new Date('2026-11-26T22:30:00Z'))).toBe(0);
    expect(daysToDeadline('2026-11-27', new Date('2026-11-20T10:00:00Z'))).toBe(7);
    expect(daysToDeadline('2026-11-27', new Date('2026-11-28T10:00:00Z'))).toBe(-1);
  });
});
