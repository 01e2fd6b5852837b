import type { UserRecord } from '../../db/queries/users';
import { acceptInviteInputSchema, changePasswordInputSchema, inviteTokenInputSchema, signInInputSchema } from '../../shared/schemas/people-api';
import { AuthError, type StartedSession } from '../auth/auth-service';
import { clearedSessionCookie, sessionCookie } from '../auth/session-cookie';
import type { Context } from '../context';
import { publicProcedure, router, signedInProcedure } from '../trpc';

/** What the client knows of the signed-in person. */
export function publicUser(user: UserRecord) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, topics: user.topics, workshopIds: user.workshopIds };
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
  signIn: publicProcedure.input(signInInputSchema).mutation(async ({ ctx, input }) => {
    try {
      const started = await ctx.auth.signIn(input.email, input.password, ctx.clientAddress, ctx.now());
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
      await ctx.auth.changePassword(ctx.user, input.current, input.next, ctx.sessionHash ?? '', ctx.now());
    } catch (error) {
      if (error instanceof AuthError) ctx.log.warn({ event: 'password_change_failed', reason: error.reason, userId: ctx.user.id }, 'password change refused');
      throw error;
    }
    ctx.log.info({ event: 'password_changed', userId: ctx.user.id }, 'password changed');
    return { ok: true };
  }),
  /** Who an invitation link is for (to greet them), or null when it is not valid. */
  invite: publicProcedure.input(inviteTokenInputSchema).query(({ ctx, input }) => {
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
