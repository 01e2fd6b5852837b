import { z } from 'zod';
import { articleIdSchema } from './review-api';

/** Inputs of the rule editor besides `updateRuleInputSchema` (people-api.ts). Strict and bounded. */
export const ruleOfArticleInputSchema = z.strictObject({ articleId: articleIdSchema });
