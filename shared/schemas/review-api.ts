import { z } from 'zod';

/** Inputs of the review API. Every object is strict and every string and list is bounded. */

export const articleIdSchema = z.string().trim().min(1).max(200);
const id = articleIdSchema;
// PTV ids are guids, stored lowercase; a pasted uppercase id means the same service.
export const serviceIdSchema = z.string().trim().toLowerCase().min(1).max(100);
const serviceId = serviceIdSchema;
/** The article's decisions version the person saw; a change by someone else since is a conflict. */
export const baseVersionSchema = z.number().int().min(0).max(2 ** 31);
const code = z.string().trim().min(1).max(300);

export const regionSchema = z.string().trim().min(1).max(20);
export const snapshotIdSchema = z.number().int().positive().max(2 ** 31);

export const articleListInputSchema = z.strictObject({
  region: regionSchema,
  /** Compare surfacing with this earlier snapshot: what began or stopped surfacing since. */
  compareSnapshot: snapshotIdSchema.nullish(),
});

export const articleDiffInputSchema = articleListInputSchema.extend({ articleId: id });

export const decisionValueSchema = z.enum(['include', 'exclude']);

export const setDecisionsInputSchema = z.strictObject({
  region: regionSchema,
  articleId: id,
  serviceIds: z.array(serviceId).min(1).max(500),
  decision: decisionValueSchema,
  note: z.string().trim().max(2000).nullish(),
  baseVersion: baseVersionSchema,
});

export const clearDecisionsInputSchema = z.strictObject({
  region: regionSchema,
  articleId: id,
  serviceIds: z.array(serviceId).min(1).max(500),
  baseVersion: baseVersionSchema,
});

export const flagItemKindSchema = z.enum(['keywords', 'serviceClasses', 'targetGroups', 'lifeEvents', 'area']);
export const flagTargetSchema = z.enum(['service', 'rule']);

export const createFlagInputSchema = z.strictObject({
  region: regionSchema,
  articleId: id,
  serviceId,
  itemKind: flagItemKindSchema,
  itemValue: code,
  target: flagTargetSchema,
  reason: z.string().trim().min(3).max(2000),
});

/** A flag before it is saved: which articles would it cover? */
export const flagCoverageInputSchema = createFlagInputSchema.omit({ reason: true });

export const flagIdInputSchema = z.strictObject({ id: z.number().int().positive() });

export const flagListInputSchema = z.strictObject({
  region: regionSchema,
  articleId: id.nullish(),
  serviceId: serviceId.nullish(),
});

const text = (max: number) => z.string().trim().min(1).max(max);
const codeList = z.array(code).max(50);

export const createDescriptionRequestInputSchema = z.strictObject({
  region: regionSchema,
  name: z.strictObject({ fi: text(200), sv: text(200) }),
  summary: z.strictObject({ fi: text(500), sv: text(500) }),
  description: z.strictObject({ fi: text(5000), sv: text(5000) }),
  organizationId: z.string().trim().toLowerCase().max(100).nullish(),
  organizationName: text(300),
  keywords: codeList,
  serviceClasses: codeList,
  targetGroups: codeList,
  articleIds: z.array(id).min(1).max(100),
});

export const descriptionRequestListInputSchema = z.strictObject({
  region: regionSchema,
  articleId: id.nullish(),
});

export const commentListInputSchema = z.strictObject({ articleId: id });

export const addCommentInputSchema = z.strictObject({
  articleId: id,
  serviceId: serviceId.nullish(),
  body: z.string().trim().min(1).max(4000),
});

export const languageCompletenessSchema = z.enum(['complete', 'missing_sv', 'missing_fi']);
export const areaFacetSchema = z.enum(['national', 'regional']);

/** Rows the catalogue view asks for at a time (it shows more on request, up to the schema's 500). */
export const serviceSearchPageSize = 100;

export const serviceSearchInputSchema = z.strictObject({
  region: regionSchema,
  query: z.string().max(200).default(''),
  organizationIds: z.array(serviceId).max(50).default([]),
  organizationTypes: z.array(z.string().max(100)).max(20).default([]),
  keywords: z.array(code).max(20).default([]),
  serviceClasses: z.array(code).max(20).default([]),
  targetGroups: z.array(code).max(20).default([]),
  areas: z.array(areaFacetSchema).max(2).default([]),
  languages: z.array(languageCompletenessSchema).max(3).default([]),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const serviceDetailInputSchema = z.strictObject({ region: regionSchema, serviceId });

export const explainAbsenceInputSchema = z.strictObject({ region: regionSchema, articleId: id, serviceId });

export type ArticleListInput = z.infer<typeof articleListInputSchema>;
export type ArticleDiffInput = z.infer<typeof articleDiffInputSchema>;
export type SetDecisionsInput = z.infer<typeof setDecisionsInputSchema>;
export type CreateFlagInput = z.infer<typeof createFlagInputSchema>;
export type FlagItemKind = z.infer<typeof flagItemKindSchema>;
export type CreateDescriptionRequestInput = z.infer<typeof createDescriptionRequestInputSchema>;
export type AddCommentInput = z.infer<typeof addCommentInputSchema>;
export type ServiceSearchInput = z.infer<typeof serviceSearchInputSchema>;
export type LanguageCompleteness = z.infer<typeof languageCompletenessSchema>;
