import { criteriaGroups, type ArticleRule, type CriteriaGroup } from './types';

/** A rule with every field present, values trimmed, service ids lowercased and repeats dropped. */
export function normalizeRule(partial: Partial<Record<keyof ArticleRule, readonly string[] | null | undefined>>): ArticleRule {
  const clean = (values: readonly string[] | null | undefined, lower = false): string[] => {
    const out: string[] = [];
    for (const raw of values ?? []) {
      const value = lower ? raw.trim().toLowerCase() : raw.trim();
      if (value !== '' && !out.includes(value)) out.push(value);
    }
    return out;
  };
  return {
    keywords: clean(partial.keywords),
    serviceClasses: clean(partial.serviceClasses),
    targetGroups: clean(partial.targetGroups),
    lifeEvents: clean(partial.lifeEvents),
    excludeKeywords: clean(partial.excludeKeywords),
    pinned: clean(partial.pinned, true),
    blocked: clean(partial.blocked, true),
  };
}

/** The criteria groups that the rule actually uses (non-empty), in reporting order. */
export function activeGroups(rule: ArticleRule): CriteriaGroup[] {
  return criteriaGroups.filter((group) => rule[group].length > 0);
}
