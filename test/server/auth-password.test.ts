/**
 * Password storage and policy (security.md: ASVS 6.2.1, 6.2.4, 6.2.5, 6.2.9, 11.4.2): scrypt at
 * N=2^17 with the parameters in the stored string, weaker hashes upgraded at sign-in, and a
 * policy of length and a common-password list without composition rules.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../db/client';
import { passwordHashOf, setPasswordHash } from '../../db/queries/users';
import { createAccountWithPassword } from '../../server/auth/accounts';
import { defaultAuthSettings } from '../../server/auth/auth-service';
import { decoyHash, hashPassword, needsRehash, productionScrypt, verifyPassword } from '../../server/auth/password-hash';
import { passwordProblem } from '../../shared/domain/password-policy';
import { testAuthSettings, testContext } from '../helpers/test-app';

const cheap = testAuthSettings.scrypt;
const now = new Date('2026-11-20T10:00:00.000Z');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('password hashing', () => {
  it('defaults to scrypt N=2^17, r=8, p=1, and the stored string carries them and a salt', async () => {
    expect(defaultAuthSettings.scrypt).toEqual({ logN: 17, r: 8, p: 1 });
    const stored = await hashPassword('kissakala kävelee');
    expect(stored).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword('kissakala kävelee', stored)).toBe(true);
    expect(await verifyPassword('kissakala kävelee ', stored)).toBe(false);
  });

  it('salts every hash: the same password twice gives two different strings, both valid', async () => {
    const [a, b] = [await hashPassword('sama salasana', cheap), await hashPassword('sama salasana', cheap)];
    expect(a).not.toBe(b);
    expect(await verifyPassword('sama salasana', a)).toBe(true);
    expect(await verifyPassword('sama salasana', b)).toBe(true);
  });

  it('refuses a wrong password, a tampered hash and strings that are no hash at all', async () => {
    const stored = await hashPassword('oikea salasana', cheap);
    expect(await verifyPassword('väärä salasana', stored)).toBe(false);
    const parts = stored.split('$');
    const flipped = [...parts.slice(0, 5), (parts[5]![0] === 'A' ? 'B' : 'A') + parts[5]!.slice(1)].join('$');
    expect(await verifyPassword('oikea salasana', flipped)).toBe(false);
    for (const junk of ['', 'oikea salasana', 'scrypt$99$8$1$aa$bb', 'bcrypt$10$x$y$z$w', `scrypt$10$8$1$${parts[4]}`]) expect(await verifyPassword('oikea salasana', junk)).toBe(false);
  });

  it('compares Unicode passwords in one normal form (a composed and a decomposed ä are the same)', async () => {
    const stored = await hashPassword('pääsy sisään', cheap);
    expect(await verifyPassword('pa\u0308a\u0308sy sisa\u0308a\u0308n', stored)).toBe(true);
  });

  it('says a hash needs rehashing when any parameter is below today', async () => {
    const weak = await hashPassword('x'.repeat(10), cheap);
    expect(needsRehash(weak, productionScrypt)).toBe(true);
    expect(needsRehash(weak, cheap)).toBe(false);
    expect(needsRehash('scrypt$17$4$1$aa$bb', productionScrypt)).toBe(true);
    expect(needsRehash('scrypt$17$8$1$aa$bb', productionScrypt)).toBe(false);
    expect(needsRehash('not a hash', productionScrypt)).toBe(true);
  });

  it('signing in with a hash of weaker parameters stores a new hash at today’s parameters', async () => {
    const env = testContext({ auth: { ...testAuthSettings, scrypt: { logN: 11, r: 8, p: 1 } } });
    cleanup = env.cleanup;
    const id = await createAccountWithPassword(env.handle, { email: 'vanha@example.fi', name: 'Vanha Tili', role: 'viewer' }, 'vanha hyvä salasana', 'test', { logN: 10, r: 8, p: 1 });
    expect(passwordHashOf(env.handle, id)).toMatch(/^scrypt\$10\$/);
    await env.context.auth.signIn('vanha@example.fi', 'vanha hyvä salasana', '127.0.0.1', now);
    const upgraded = passwordHashOf(env.handle, id)!;
    expect(upgraded).toMatch(/^scrypt\$11\$8\$1\$/);
    expect(await verifyPassword('vanha hyvä salasana', upgraded)).toBe(true);
    // A failed sign-in does not touch the stored hash.
    writeTransaction(env.handle, () => setPasswordHash(env.handle, id, `scrypt$10$${upgraded.split('$').slice(2).join('$')}`));
    const before = passwordHashOf(env.handle, id);
    await expect(env.context.auth.signIn('vanha@example.fi', 'väärä salasana', '127.0.0.1', now)).rejects.toMatchObject({ reason: 'invalid_credentials' });
    expect(passwordHashOf(env.handle, id)).toBe(before);
  });
});

describe('password policy', () => {
  it.each([
    ['8 characters', 'hylje ui'],
    ['a passphrase of words and spaces, no digits or capitals', 'kissakala kävelee'],
    ['128 characters', 'k'.repeat(127) + 'ä'],
    ['non-Latin letters, counted as characters, not bytes', 'äöåäöåäö'],
    ['emoji', '🙂🙃🙂🙃🙂🙃🙂🙃'],
  ])('accepts %s', (_label, password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it.each([
    ['7 characters', 'abcdefg', 'too_short'],
    ['129 characters', 'k'.repeat(129), 'too_long'],
    ['a common Finnish password', 'salasana123', 'common'],
    ['a common password in other case', 'Password1', 'common'],
    ['a common password in capitals', 'SALASANA123', 'common'],
    ['the product name', 'linkkipaja', 'common'],
  ])('refuses %s', (_label, password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('refuses the account’s own email, its local part or name (also with digits after)', () => {
    const personal = ['liisa.virtanen@hyvinvointialue.fi', 'Liisa Virtanen'];
    for (const password of ['liisa.virtanen@hyvinvointialue.fi', 'Liisa.Virtanen', 'liisa.virtanen2026', 'LIISA VIRTANEN']) expect(passwordProblem(password, personal), password).toBe('personal');
    expect(passwordProblem('liisan oma salasana', personal)).toBeNull();
  });

  it('is applied when a password is set: an account cannot be made with a weak one', async () => {
    const env = testContext();
    cleanup = env.cleanup;
    await expect(createAccountWithPassword(env.handle, { email: 'heikko@example.fi', name: 'Heikko', role: 'viewer' }, 'Password1', 'test', cheap)).rejects.toThrow('commonly used');
    await expect(createAccountWithPassword(env.handle, { email: 'heikko@example.fi', name: 'Heikko', role: 'viewer' }, 'heikko@example.fi', 'test', cheap)).rejects.toThrow('email or name');
    expect(env.handle.sqlite.prepare('SELECT count(*) FROM users').pluck().get()).toBe(0);
  });
});

describe('unknown accounts', () => {
  it('cost a hash at the context’s own parameters (a decoy), whatever another context used before', async () => {
    const cheapDecoy = await decoyHash(cheap);
    const productionDecoy = await decoyHash(productionScrypt);
    expect(cheapDecoy).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(productionDecoy).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(await decoyHash(cheap)).toBe(cheapDecoy);
  });
});
