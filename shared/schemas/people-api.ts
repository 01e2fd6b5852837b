import { z } from 'zod';
import { passwordLength } from '../domain/password-policy';
import { articleIdSchema, baseVersionSchema, regionSchema, serviceIdSchema } from './review-api';

/** Inputs of sign-in, users, workshops, proposals, sign-off and history. Strict and bounded. */

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'not an email address');
// Length is checked by the policy (with a clear message); here only a hard cap on input size.
const passwordInput = z.string().min(1).max(passwordLength.max * 4);
export const personNameSchema = z
  .string()
  .transform((s) => s.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '').trim())
  .pipe(z.string().min(1).max(80));
export const roleSchema = z.enum(['manager', 'lead', 'participant', 'viewer']);
const topic = z.string().trim().min(1).max(100);
const userId = z.number().int().positive().max(2 ** 31);
const workshopId = z.number().int().positive().max(2 ** 31);
const token = z.string().min(1).max(100);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  // 2026-02-30 has the shape but is no day; Date would roll it over to March.
  .refine((day) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
  }, 'not a calendar date');
const comment = z.string().trim().max(2000);

export const signInInputSchema = z.strictObject({ email: z.string().trim().min(1).max(254), password: passwordInput });
export const changePasswordInputSchema = z.strictObject({ current: passwordInput, next: passwordInput });
export const inviteTokenInputSchema = z.strictObject({ token });
export const acceptInviteInputSchema = z.strictObject({ token, password: passwordInput });

export const createUserInputSchema = z.strictObject({
  email: emailSchema,
  name: personNameSchema,
  role: roleSchema,
  topics: z.array(topic).max(100).default([]),
});
export const updateUserInputSchema = z.strictObject({
  id: userId,
  version: z.number().int().min(1),
  name: personNameSchema,
  role: roleSchema,
  topics: z.array(topic).max(100),
});
export const userIdInputSchema = z.strictObject({ id: userId });

const workshopFields = {
  name: z.string().trim().min(1).max(200),
  topics: z.array(topic).max(50),
  date: isoDate,
  deadline: isoDate.nullish(),
  mode: z.enum(['live', 'async']),
  facilitatorId: userId.nullish(),
  region: regionSchema,
  articleIds: z.array(articleIdSchema).max(400),
  participantIds: z.array(userId).max(500),
};
export const createWorkshopInputSchema = z.strictObject(workshopFields);
export const updateWorkshopInputSchema = z.strictObject({ id: workshopId, version: z.number().int().min(1), ...workshopFields });
export const workshopIdInputSchema = z.strictObject({ id: workshopId });
export const moveLiveInputSchema = z.strictObject({ id: workshopId, articleId: articleIdSchema.nullable() });

export const proposalKindSchema = z.enum(['belongs', 'not_belongs', 'missing']);
export const setProposalInputSchema = z
  .strictObject({
    articleId: articleIdSchema,
    /** A catalogue service; absent only for a missing service described in words. */
    serviceId: serviceIdSchema.nullish(),
    kind: proposalKindSchema,
    comment: comment.nullish(),
    missingText: z.string().trim().min(1).max(2000).nullish(),
    workshopId: workshopId.nullish(),
  })
  .refine((p) => p.serviceId != null || (p.kind === 'missing' && p.missingText != null), {
    message: 'a service, or (for a missing service) a description in words',
    path: ['serviceId'],
  });
export const proposalIdInputSchema = z.strictObject({ id: z.number().int().positive().max(2 ** 31) });
export const articleProposalsInputSchema = z.strictObject({ region: regionSchema, articleId: articleIdSchema });
export const acceptProposalsInputSchema = z.strictObject({
  region: regionSchema,
  articleId: articleIdSchema,
  /** Per service, the decision the lead takes from the proposals. */
  decisions: z.array(z.strictObject({ serviceId: serviceIdSchema, decision: z.enum(['include', 'exclude']) })).min(1).max(500),
  baseVersion: baseVersionSchema,
});

export const signOffInputSchema = z.strictObject({
  region: regionSchema,
  articleId: articleIdSchema,
  baseVersion: baseVersionSchema,
  /** The catalogue snapshot the lead's screen showed; a newer import since is a conflict. */
  snapshotId: z.number().int().positive().max(2 ** 31).nullish(),
  comment: comment.nullish(),
});
export const sendBackInputSchema = z.strictObject({ region: regionSchema, articleId: articleIdSchema, comment: z.string().trim().min(1).max(2000) });
export const articleRegionInputSchema = z.strictObject({ region: regionSchema, articleId: articleIdSchema });

export const historyInputSchema = z.strictObject({
  articleId: articleIdSchema.nullish(),
  serviceId: serviceIdSchema.nullish(),
  beforeId: z.number().int().positive().max(2 ** 53).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const undoInputSchema = z.strictObject({ region: regionSchema });

export const updateRuleInputSchema = z.strictObject({
  articleId: articleIdSchema,
  version: z.number().int().min(1),
  /** The rule as surfacing.md defines it; checked in full by the articles importer's schema. */
  rule: z.record(z.string().max(50), z.unknown()),
});
