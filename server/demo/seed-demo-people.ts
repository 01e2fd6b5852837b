import type { DbHandle } from '../../db/client';
import type { ScryptParams } from '../auth/password-hash';
import { createDemoAccounts, type DemoAccount } from './demo-people';
import { seedDemoWorkshops } from './demo-workshops';
import { seedDemoSignoffs } from './demo-signoffs';
import { seedDemoChangeRequests } from './demo-change-requests';
import { seedDemoActivity } from './demo-activity';

/**
 * The demo county's people and their work in progress: accounts of every role, and what
 * they have done (workshops, proposals, sign-offs, change requests and a later import that
 * verified some) so each view has something to show.
 */
export async function seedDemoPeople(handle: DbHandle, params?: ScryptParams): Promise<DemoAccount[]> {
  const accounts = await createDemoAccounts(handle, params);
  seedDemoActivity(handle, accounts);
  seedDemoWorkshops(handle, accounts);
  seedDemoSignoffs(handle, accounts);
  await seedDemoChangeRequests(handle, accounts);
  return accounts;
}
