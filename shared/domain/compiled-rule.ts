import { activeGroups } from './article-rule';
import type { ArticleRule, CriteriaGroup } from './types';

/** An article rule turned into sets, so that membership checks are O(1). */
export interface CompiledRule {
  readonly rule: ArticleRule;
  readonly keywords: ReadonlySet<string>;
  readonly serviceClasses: ReadonlySet<string>;
  readonly targetGroups: ReadonlySet<string>;
  readonly lifeEvents: ReadonlySet<string>;
  readonly excludeKeywords: ReadonlySet<string>;
  readonly pinned: ReadonlySet<string>;
  readonly blocked: ReadonlySet<string>;
  /** Non-empty criteria groups; a rule without any selects nothing but its pins. */
  readonly active: readonly CriteriaGroup[];
}

/** Prepares a rule for repeated evaluation. */
export function compileRule(rule: ArticleRule): CompiledRule {
  return {
    rule,
    keywords: new Set(rule.keywords),
    serviceClasses: new Set(rule.serviceClasses),
    targetGroups: new Set(rule.targetGroups),
    lifeEvents: new Set(rule.lifeEvents),
    excludeKeywords: new Set(rule.excludeKeywords),
    pinned: new Set(rule.pinned),
    blocked: new Set(rule.blocked),
    active: activeGroups(rule),
  };
}
