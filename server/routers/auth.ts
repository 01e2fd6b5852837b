import type { UserRecord } from '../../db/queries/users';
import { acceptInviteInputSchema, changePasswordInputSchema, inviteTokenInputSchema } from '../../shared/schemas/people-api';
import { confirmTotpInputSchema, reauthInputSchema, signInWithCodeInputSchema } from '../../shared/schemas/second-factor-api';
import { AuthError, type StartedSession } from '../auth/auth-service';
import { clearedSessionCookie, sessionCookie } from '../auth/session-cookie';
import type { Context } from '../context';
import { publicProcedure, router, signedInProcedure } from '../trpc';

/** What the client knows of the signed-in person. */
export function publicUser(user: UserRecord) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, topics: user.topics, workshopIds: user.workshopIds, totpEnabled: user.totpEnabled };
}

function begin(ctx: Context, started: StartedSession) {
  ctx.setCookie(sessionCookie(started.token, started.maxAgeSeconds));
  return publicUser(started.user);
}

export const authRouter = router({
  /** How one can sign in here: always with a password; with the county's account when single sign-on is set up. */
  methods: publicProcedure.query(({ ctx }) => {
    const oidc = ctx.auth.settings.oidc;
    return { password: true, oidc: oidc ? { label: oidc.label, startPath: '/auth/oidc/start' } : null };
  }),
  /** The signed-in person, or null. */
  me: publicProcedure.query(({ ctx }) => (ctx.user ? publicUser(ctx.user) : null)),
  /** Email and password; a new session (and cookie) on success. Rate limited per attempt. */
  signIn: publicProcedure.input(signInWithCodeInputSchema).mutation(async ({ ctx, input }) => {
    try {
      const started = await ctx.auth.signIn(input.email, input.password, ctx.clientAddress, ctx.now(), input.code);
      // A session the browser had before is ended: a new id on every sign-in.
      if (ctx.sessionHash) ctx.auth.signOut(ctx.sessionHash);
      ctx.log.info({ event: 'sign_in', userId: started.user.id, address: ctx.clientAddress }, 'signed in');
      return begin(ctx, started);
    } catch (error) {
      if (error instanceof AuthError) ctx.log.warn({ event: 'sign_in_failed', reason: error.reason, account: input.email.slice(0, 254), address: ctx.clientAddress }, 'sign-in refused');
      throw error;
    }
  }),
  signOut: signedInProcedure.mutation(({ ctx }) => {
    if (ctx.sessionHash) ctx.auth.signOut(ctx.sessionHash);
    ctx.setCookie(clearedSessionCookie());
    ctx.log.info({ event: 'sign_out', userId: ctx.user.id }, 'signed out');
    return { ok: true };
  }),
  /** Needs the current password; ends the person's other sessions. */
  changePassword: signedInProcedure.input(changePasswordInputSchema).mutation(async ({ ctx, input }) => {
    try {
      await ctx.auth.changePassword(ctx.user, input.current, input.next, ctx.sessionHash ?? '', ctx.now(), ctx.clientAddress);
    } catch (error) {
      if (error instanceof AuthError) ctx.log.warn({ event: 'password_change_failed', reason: error.reason, userId: ctx.user.id }, 'password change refused');
      throw error;
    }
    ctx.log.info({ event: 'password_changed', userId: ctx.user.id }, 'password changed');
    return { ok: true };
  }),
  /** Starts adding a second factor: a secret (and otpauth URI) for an authenticator app. */
  totpBegin: signedInProcedure.input(reauthInputSchema).mutation(({ ctx, input }) => ctx.auth.beginTotp(ctx.user, input.password, ctx.clientAddress, ctx.now())),
  /** Confirms the second factor with a first code; other sessions end. */
  totpConfirm: signedInProcedure.input(confirmTotpInputSchema).mutation(({ ctx, input }) => {
    ctx.auth.confirmTotp(ctx.user, input.code, ctx.sessionHash ?? '', ctx.now());
    ctx.log.info({ event: 'second_factor_enabled', userId: ctx.user.id }, 'second factor enabled');
    return { ok: true };
  }),
  /** Removes the second factor (needs the password). */
  totpDisable: signedInProcedure.input(reauthInputSchema).mutation(async ({ ctx, input }) => {
    await ctx.auth.disableTotp(ctx.user, input.password, ctx.clientAddress, ctx.now());
    ctx.log.info({ event: 'second_factor_removed', userId: ctx.user.id }, 'second factor removed');
    return { ok: true };
  }),
  /**
   * Who an invitation link is for (to greet them), or null when it is not valid. A POST
   * (mutation), though it changes nothing: a query's input would put the token in the URL.
   */
  invite: publicProcedure.input(inviteTokenInputSchema).mutation(({ ctx, input }) => {
    const user = ctx.auth.inviteUser(input.token, ctx.now());
    return user ? { email: user.email, name: user.name } : null;
  }),
  /** Sets the password from a one-time invitation and signs in. */
  acceptInvite: publicProcedure.input(acceptInviteInputSchema).mutation(async ({ ctx, input }) => {
    const started = await ctx.auth.acceptInvite(input.token, input.password, ctx.now());
    ctx.log.info({ event: 'invite_accepted', userId: started.user.id }, 'invitation accepted');
    return begin(ctx, started);
  }),
});
