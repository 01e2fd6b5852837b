/**
 * The role matrix enforced on the server for every procedure, deny by default (security.md:
 * ASVS 8.1.1, 8.2.1–8.2.3, 8.3.1). Walks the router: each procedure runs as each of seven
 * people (anonymous, manager, the article's lead, another topic's lead, a participant of a
 * workshop with the article, a participant of another workshop, a viewer). Those the table
 * (role-matrix-table.ts) does not allow are refused — UNAUTHORIZED when anonymous, FORBIDDEN
 * otherwise — and the database is unchanged to the byte; those it allows get past the checks.
 * Swapped ids (another person's proposal, a flag in another topic) are refused the same way.
 */
import { createHash } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { writeTransaction, type DbHandle } from '../../db/client';
import type { UserRecord } from '../../db/queries/users';
import { appRouter } from '../../server/routers/_app';
import { asUser } from '../../server/services/create-context';
import { reloadUser, userNamed } from '../helpers/test-users';
import { CLOCK, K1, REGION, S1, createCaller, reviewFixture } from './review-fixture';
import { matrixActors, roleMatrix, type MatrixActor, type MatrixIds } from './role-matrix-table';

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).map(([path, p]) => ({ path, type: p._def.type }));

/** A workshop made in SQL, as the workshops router would store it; open until the end of the year. */
function insertWorkshop(handle: DbHandle, name: string, articleIds: string[], participantIds: number[]): number {
  return writeTransaction(handle, () => {
    const id = Number(
      handle.sqlite
        .prepare(`INSERT INTO workshops (name, topics, date, deadline, mode, facilitator_id, region_code, created_by, created_at, version) VALUES (?, ?, ?, ?, 'async', NULL, ?, 'test', ?, 1)`)
        .run(name, JSON.stringify([]), '2026-11-20', '2026-12-31', REGION, CLOCK.toISOString()).lastInsertRowid,
    );
    articleIds.forEach((articleId, position) => handle.sqlite.prepare(`INSERT INTO workshop_articles (workshop_id, article_id, position) VALUES (?, ?, ?)`).run(id, articleId, position));
    for (const userId of participantIds) handle.sqlite.prepare(`INSERT INTO workshop_participants (workshop_id, user_id) VALUES (?, ?)`).run(id, userId);
    return id;
  });
}

/** The review fixture with one person per role, two workshops, a flag and a proposal on a1. */
async function matrixFixture() {
  const f = await reviewFixture();
  const { handle } = f.context;
  const made = {
    manager: userNamed(handle, 'Matti Manageri', 'manager'),
    lead: userNamed(handle, 'Leena Vetäjä', 'lead', ['vauva']),
    otherLead: userNamed(handle, 'Olli Vetäjä', 'lead', ['tuki']),
    participant: userNamed(handle, 'Pekka Osallistuja', 'participant'),
    outsider: userNamed(handle, 'Sanna Ulkopuolinen', 'participant'),
    viewer: userNamed(handle, 'Ville Katselija', 'viewer'),
  };
  const workshopId = insertWorkshop(handle, 'Vauvan uni', ['a1'], [made.participant.id]);
  insertWorkshop(handle, 'Tyhjä artikkeli', ['a5'], [made.outsider.id]);
  // Memberships are read with the user: re-read them now that the workshops exist.
  const users = Object.fromEntries(Object.entries(made).map(([k, u]) => [k, reloadUser(handle, u)])) as Record<Exclude<MatrixActor, 'anonymous'>, UserRecord>;
  expect(users.participant.workshopIds).toEqual([workshopId]);
  const callerOf = (actor: MatrixActor) => createCaller({ ...asUser(f.context, actor === 'anonymous' ? null : users[actor]), now: () => CLOCK });
  const flagId = (await f.caller.flags.create({ region: REGION, articleId: 'a1', serviceId: S1, itemKind: 'keywords', itemValue: K1, target: 'service', reason: 'väärä asiasana' })).id;
  const proposalId = (await callerOf('participant').proposals.set({ articleId: 'a1', serviceId: S1, kind: 'belongs', comment: null })).id;
  const changeRequestId = (await f.caller.changeRequests.fromFlag({ region: REGION, flagId })).request.id;
  const ids: MatrixIds = { workshopId, viewerId: users.viewer.id, flagId, proposalId, changeRequestId };
  return { f, ids, callerOf };
}

/** Every table: its row count and a hash of all its rows (sessions without their activity time). */
function fingerprint(handle: DbHandle): Record<string, { rows: number; hash: string }> {
  const tables = handle.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  return Object.fromEntries(
    tables.map((table) => {
      const columns = (handle.sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) => !(table === 'sessions' && c === 'last_seen_at'));
      const rows = handle.sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY rowid`).raw().all();
      const text = JSON.stringify(rows, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : typeof value === 'bigint' ? String(value) : value));
      return [table, { rows: rows.length, hash: createHash('sha256').update(text).digest('hex') }];
    }),
  );
}

async function callAs(callerOf: (actor: MatrixActor) => ReturnType<typeof createCaller>, actor: MatrixActor, path: string, input: unknown): Promise<{ ok: true } | { ok: false; error: unknown }> {
  const [group, name] = path.split('.') as [string, string];
  const procedure = (callerOf(actor) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[group]![name]!;
  try {
    await procedure(input);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}
const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`);

describe('the role matrix table', () => {
  it('has a row for every procedure of the router, and none for procedures that do not exist', () => {
    expect(Object.keys(roleMatrix).sort()).toEqual(procedures.map((p) => p.path).sort());
  });

  it('says rightly whether each procedure is a query or a mutation', () => {
    for (const { path, type } of procedures) expect(roleMatrix[path]?.type, path).toBe(type);
  });

  it('never lets the anonymous caller past anything but signing in', () => {
    const open = Object.entries(roleMatrix).filter(([, row]) => row.allowed.includes('anonymous')).map(([path]) => path);
    expect(open.sort()).toEqual(['auth.acceptInvite', 'auth.invite', 'auth.me', 'auth.methods', 'auth.signIn']);
  });
});

describe.each(procedures.map((p) => [p.path] as const))('%s', (path) => {
  it('refuses the roles it is not for without changing anything, and lets the others past the checks', async () => {
    const row = roleMatrix[path];
    expect(row, `${path} needs a row in role-matrix-table.ts`).toBeDefined();
    const { f, ids, callerOf } = await matrixFixture();
    try {
      const input = row!.input(ids);
      // Refused callers first, on the untouched fixture.
      for (const actor of matrixActors.filter((a) => !row!.allowed.includes(a))) {
        const before = fingerprint(f.context.handle);
        const result = await callAs(callerOf, actor, path, input);
        expect(result.ok, `${path} as ${actor} should be refused`).toBe(false);
        if (!result.ok) expect(codeOf(result.error), `${path} as ${actor}`).toBe(actor === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN');
        expect(fingerprint(f.context.handle), `${path} as ${actor} changed the database`).toEqual(before);
      }
      // Allowed callers: the first must succeed (or answer the row's outcome); later ones see
      // what the earlier ones did (a repeated decision may conflict), but never an auth refusal.
      for (const [i, actor] of row!.allowed.entries()) {
        const result = await callAs(callerOf, actor, path, input);
        if (result.ok) {
          expect(i > 0 || row!.outcome === undefined, `${path} as ${actor} was expected to answer ${row!.outcome}`).toBe(true);
          continue;
        }
        const code = codeOf(result.error);
        expect(['FORBIDDEN', 'UNAUTHORIZED'], `${path} as ${actor}: ${(result.error as Error).message}`).not.toContain(code);
        if (i === 0) expect(code, `${path} as ${actor}: ${(result.error as Error).message}`).toBe(row!.outcome);
      }
    } finally {
      f.cleanup();
    }
  });
});
