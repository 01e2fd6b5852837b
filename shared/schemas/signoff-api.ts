import { z } from 'zod';
import { regionSchema } from './review-api';

/** Inputs of the sign-off queries beyond those in people-api.ts. Strict and bounded. */

/** The articles of a region whose link set changed since its sign-off. */
export const driftedInputSchema = z.strictObject({ region: regionSchema });
