import type { ArticleRule } from '../../../../shared/domain/types';

/** The rule's lists in the order the editor and the history show them (surfacing.md). */
export const ruleFields = ['keywords', 'serviceClasses', 'targetGroups', 'lifeEvents', 'excludeKeywords', 'pinned', 'blocked'] as const satisfies readonly (keyof ArticleRule)[];
export type RuleField = (typeof ruleFields)[number];

/** One value per line, as the editor's text areas hold them. */
export type RuleDraft = Record<RuleField, string>;

export function draftOf(rule: ArticleRule): RuleDraft {
  return Object.fromEntries(ruleFields.map((field) => [field, rule[field].join('\n')])) as RuleDraft;
}

/** The draft as the API takes it: trimmed lines, blank lines dropped (the server normalises the rest). */
export function ruleOfDraft(draft: RuleDraft): Record<RuleField, string[]> {
  return Object.fromEntries(ruleFields.map((field) => [field, draft[field].split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')])) as Record<RuleField, string[]>;
}

/** Lines longer than an articles file allows for one value (articles-file.ts), per field. */
export const maxValueLength = 500;
export function tooLongLines(draft: RuleDraft): RuleField[] {
  return ruleFields.filter((field) => ruleOfDraft(draft)[field].some((value) => value.length > maxValueLength));
}

/** Which lists differ between two stored rules (as history records them); unknown shapes differ nowhere. */
export function changedRuleFields(before: unknown, after: unknown): RuleField[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  return ruleFields.filter((field) => JSON.stringify(before[field] ?? []) !== JSON.stringify(after[field] ?? []));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
