import { z } from 'zod';
import { signInInputSchema } from './people-api';

/** A one-time code from an authenticator app (spaces allowed, as apps show "123 456"). */
export const totpCodeSchema = z.string().trim().max(20);

/** Sign-in: the code is needed only for accounts with a second factor. */
export const signInWithCodeInputSchema = signInInputSchema.extend({ code: totpCodeSchema.nullish() });
export const confirmTotpInputSchema = z.strictObject({ code: totpCodeSchema.min(1) });
/** The current password again, before changing how one signs in. */
export const reauthInputSchema = z.strictObject({ password: z.string().min(1).max(512) });
