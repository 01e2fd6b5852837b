/**
 * Counting workshop proposals: how many people say a service belongs to an article, does
 * not belong, or is missing from it, and whether that adds up to a clear majority.
 */
export type ProposalKind = 'belongs' | 'not_belongs' | 'missing';

export interface ProposalCounts {
  belongs: number;
  not_belongs: number;
  missing: number;
}

export const noProposals = (): ProposalCounts => ({ belongs: 0, not_belongs: 0, missing: 0 });

/** Counts proposals by kind. */
export function tallyProposals(kinds: Iterable<ProposalKind>): ProposalCounts {
  const counts = noProposals();
  for (const kind of kinds) counts[kind] += 1;
  return counts;
}

/**
 * The decision the proposals point to: include when more say belongs (a catalogue service
 * named missing also asks to be included) than not; exclude when more say it does not
 * belong; null on a tie or with no proposals, since a tie is the lead's call.
 */
export function majorityDecision(counts: ProposalCounts): 'include' | 'exclude' | null {
  const include = counts.belongs + counts.missing;
  if (include > counts.not_belongs) return 'include';
  if (counts.not_belongs > include) return 'exclude';
  return null;
}
