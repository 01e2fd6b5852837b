import { workshopsOfUser } from '../../db/queries/user-admin';
import { createUserInputSchema, updateUserInputSchema, userIdInputSchema } from '../../shared/schemas/people-api';
import { deactivateAccount, inviteAccount, listAccounts, reactivateAccount, reinviteAccount, updateAccount } from '../services/user-admin';
import { procedureFor, router, signedInProcedure } from '../trpc';

const manage = procedureFor('manageUsers');

export const usersRouter = router({
  /** Every account with role, topics, state of its invitation and number of workshops. */
  list: manage.query(({ ctx }) => listAccounts(ctx)),
  /** A new account with a one-time invitation link (path only: the client adds its own origin). */
  create: manage.input(createUserInputSchema).mutation(({ ctx, input }) => {
    const created = inviteAccount(ctx, input);
    ctx.log.info({ event: 'user_invited', userId: created.id, role: input.role, by: ctx.user.id }, 'account created with an invitation');
    return created;
  }),
  /** Name, role and topics; CONFLICT when someone changed the account since `version`. */
  update: manage.input(updateUserInputSchema).mutation(({ ctx, input }) => {
    const updated = updateAccount(ctx, input);
    ctx.log.info({ event: 'user_changed', userId: input.id, role: input.role, by: ctx.user.id }, 'account changed');
    return updated;
  }),
  /** Ends the person's sessions at once; their name stays in history. */
  deactivate: manage.input(userIdInputSchema).mutation(({ ctx, input }) => {
    const account = deactivateAccount(ctx, input.id);
    ctx.log.info({ event: 'user_deactivated', userId: input.id, by: ctx.user.id }, 'account deactivated');
    return account;
  }),
  reactivate: manage.input(userIdInputSchema).mutation(({ ctx, input }) => {
    const account = reactivateAccount(ctx, input.id);
    ctx.log.info({ event: 'user_reactivated', userId: input.id, by: ctx.user.id }, 'account reactivated');
    return account;
  }),
  /** A new one-time link (forgotten password); the person's sessions end. */
  reinvite: manage.input(userIdInputSchema).mutation(({ ctx, input }) => {
    const created = reinviteAccount(ctx, input.id);
    ctx.log.info({ event: 'user_reinvited', userId: input.id, by: ctx.user.id }, 'new invitation link');
    return created;
  }),
  /** The signed-in person's own account with the workshops they take part in (the account page). */
  account: signedInProcedure.query(({ ctx }) => {
    const { id, email, name, role, topics, createdAt } = ctx.user;
    return { id, email, name, role, topics, createdAt, workshops: workshopsOfUser(ctx.handle, id) };
  }),
});
