import type { DbHandle } from '../../db/client';
import type { Role } from '../../shared/domain/permissions';
import { createAccountWithPassword, randomPassword } from '../auth/accounts';
import type { ScryptParams } from '../auth/password-hash';

export interface DemoAccount {
  id: number;
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** The demo county's people: one of each role, so every view can be tried. */
export const demoPeople: readonly { email: string; name: string; role: Role; topics: string[] }[] = [
  { email: 'paivi.projekti@demo.linkkipaja.fi', name: 'Päivi Projektipäällikkö', role: 'manager', topics: [] },
  { email: 'leena.palveluvastaava@demo.linkkipaja.fi', name: 'Leena Palveluvastaava', role: 'lead', topics: ['raskaus', 'synnytys', 'vauva', 'taapero'] },
  { email: 'pekka.perhetyo@demo.linkkipaja.fi', name: 'Pekka Perhetyöntekijä', role: 'participant', topics: [] },
  { email: 'sanna.terveydenhoitaja@demo.linkkipaja.fi', name: 'Sanna Terveydenhoitaja', role: 'participant', topics: [] },
  { email: 'ville.katselija@demo.linkkipaja.fi', name: 'Ville Katselija', role: 'viewer', topics: [] },
];

/**
 * Creates the demo accounts with random passwords (never built-in ones); the caller shows
 * them once. Hashing uses the production parameters unless a test asks otherwise.
 */
export async function createDemoAccounts(handle: DbHandle, params?: ScryptParams): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const person of demoPeople) {
    const password = randomPassword();
    const id = await createAccountWithPassword(handle, person, password, 'demo', params);
    accounts.push({ id, email: person.email, name: person.name, role: person.role, password });
  }
  return accounts;
}
