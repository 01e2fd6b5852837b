import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);
const idList = z.array(text(500).min(1)).max(10_000).nullish();

/** An article rule as written in an articles file; missing or null lists are empty. */
export const articleRuleInputSchema = z.object({
  keywords: idList,
  serviceClasses: idList,
  targetGroups: idList,
  lifeEvents: idList,
  excludeKeywords: idList,
  pinned: idList,
  blocked: idList,
});

export const regionInputSchema = z.object({
  code: text(20).min(1),
  name: z.object({ fi: text(200).min(1), sv: text(200).optional() }),
  municipalities: z.array(z.string().regex(/^\d{3}$/, 'a municipality code is three digits, e.g. "018"')).max(400),
  alandIslands: z.boolean().optional(),
});

export const articleInputSchema = z.object({
  id: text(200).min(1),
  title: z.object({ fi: text(500).min(1), sv: text(500).optional() }),
  topic: text(200).optional(),
  url: text(2000).nullish(),
  rule: articleRuleInputSchema.nullish(),
});

/** The articles file (surfacing.md): optional regions and the national article set. */
export const articlesFileSchema = z.object({
  regions: z.array(regionInputSchema).max(1000).optional(),
  articles: z.array(articleInputSchema).max(20_000),
});

export type ArticlesFile = z.infer<typeof articlesFileSchema>;
export type ArticleInput = z.infer<typeof articleInputSchema>;

/** An article as a generator writes it: every field present, every rule list filled in. */
export interface ArticleFileEntry {
  id: string;
  title: { fi: string; sv: string };
  topic: string;
  url: string;
  rule: { [K in keyof z.infer<typeof articleRuleInputSchema>]-?: string[] };
}
