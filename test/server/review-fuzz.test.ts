/**
 * Fuzzing every procedure of the router: garbage and near-valid input must be answered with a
 * 4xx code (BAD_REQUEST, NOT_FOUND, CONFLICT), never an internal error. Arbitraries are derived
 * by hand from each procedure's zod input (zod-fast-check does not support zod 4), mixing
 * known ids into random values so calls also get past validation into the handlers.
 * Reproduce a failure with FUZZ_SEED=<seed printed below>.
 */
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError, type z } from 'zod';
import { appRouter } from '../../server/routers/_app';
import { listen, sessionCookieOf } from '../helpers/test-app';
import { ARTICLES, FILLERS, K1, K2, ORG_NGO, REGION, S1, S2, S3, S4, S5, S6, XSS, reviewFixture } from './review-fixture';

const seed = Number(process.env['FUZZ_SEED'] ?? 20_261_122);
const allowed = ['BAD_REQUEST', 'NOT_FOUND', 'CONFLICT'];
/** Password checks (sign-in, and the password again before changing how one signs in) are rate limited: after enough failures 429 is right. */
const passwordChecks = new Set(['auth.signIn', 'auth.changePassword', 'auth.totpBegin', 'auth.totpDisable']);
const allowedFor = (path: string) => (passwordChecks.has(path) ? [...allowed, 'TOO_MANY_REQUESTS'] : allowed);

interface Procedure {
  _def: { type: 'query' | 'mutation'; inputs: z.ZodType[] };
}
// At run time the record is flat ("articles.list" → procedure), whatever its declared type.
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>);

/** Values that mean something to the handlers, by input key, and values that have broken servers before. */
const articleIds = ARTICLES.map((a) => a.id);
const serviceIds = [S1, S2, S3, S4, S5, S6, FILLERS[0]!, S1.toUpperCase()];
const byKey: Record<string, string[]> = {
  region: [REGION, REGION, '02', '21', 'zz'],
  articleId: [...articleIds, 'nope'],
  articleIds: [...articleIds, 'nope'],
  serviceId: serviceIds,
  serviceIds,
  itemValue: [K1, K2, 'P9.1', 'KR2', 'Municipality:018', 'Nationwide'],
  keywords: [K1, K2],
  organizationId: [ORG_NGO, 'nope'],
  organizationIds: [ORG_NGO],
  email: ['uusi.henkilo@example.fi', 'riikka.arvioija.manager@test.invalid', 'ei-sahkoposti'],
  topics: ['vauva', 'tuki', 'ei-aihetta'],
  date: ['2026-12-01', '2026-12-08', '2026-12-15', '1.12.2026'],
  deadline: ['2026-12-15', '2026-11-01'],
  token: ['A'.repeat(43), 'lyhyt'],
  password: ['pitkä hyvä salasana', 'salasana123', 'lyhyt'],
};
const oddStrings = ['__proto__', 'constructor', 'toString', "'; DROP TABLE decisions; --", '%', '_', XSS, '\u0000', 'ä'.repeat(3), '🙂', ' a1 ', ''];

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; entries?: Record<string, string> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const bounds = (schema: z.ZodType) => schema as unknown as { minLength: number | null; maxLength: number | null; minValue: number | null; maxValue: number | null };

/** A near-valid value for a zod schema: right shape most of the time, edge values often. */
function arbitraryFor(schema: z.ZodType, key = '', depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      const model = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryFor(v, k, depth + 1)]));
      // Every key most of the time; now and then one left out.
      const drop = fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...Object.keys(shape)) });
      return fc.tuple(fc.record(model), drop).map(([o, dropped]) => Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && k !== dropped)));
    }
    case 'string': {
      const { minLength, maxLength } = bounds(schema);
      const max = maxLength ?? 50;
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...(byKey[key] ?? ['Nimi', 'Namn', 'kelpo teksti'])) },
        { weight: 1, arbitrary: fc.constantFrom(...oddStrings) },
        { weight: 1, arbitrary: fc.string({ minLength: minLength ?? 0, maxLength: Math.min(max, 30), unit: 'grapheme' }) },
        { weight: 1, arbitrary: fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), ' '.repeat(Math.min(max, 5))) },
      );
    }
    case 'number': {
      const { minValue, maxValue } = bounds(schema);
      // Mostly small ids and versions that may exist (wide inputs like workshops.update need most fields right to reach the handler).
      return fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) },
        { weight: 1, arbitrary: fc.integer({ min: -1, max: 0 }) },
        { weight: 1, arbitrary: fc.constantFrom(minValue ?? 0, maxValue ?? 1, (maxValue ?? 1) + 1, 0.5, -0, 2 ** 31, 2 ** 53, Number.NaN, Infinity) },
      );
    }
    case 'array': {
      const element = arbitraryFor(def.element!, key, depth + 1);
      return fc.oneof({ weight: 8, arbitrary: fc.array(element, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(element, { minLength: 20, maxLength: 60 }) });
    }
    case 'enum':
      return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...Object.values(def.entries ?? {})) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) });
    case 'optional':
    case 'default':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: arbitraryFor(def.innerType!, key, depth) });
    case 'nullable':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: arbitraryFor(def.innerType!, key, depth) });
    case 'pipe':
      // A cleaning transform piped into a check (person names): what goes in is a string.
      return arbitraryFor(def.in!, key, depth);
    default:
      return depth > 3 ? fc.jsonValue({ maxDepth: 1 }) : fc.anything({ maxDepth: 2 });
  }
}

/** Input for one procedure: near-valid, near-valid with a stray key, JSON garbage, or anything. */
function inputFor(procedure: Procedure): fc.Arbitrary<unknown> {
  const garbage = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true }));
  const schema = procedure._def.inputs[0];
  if (!schema) return garbage;
  const near = arbitraryFor(schema);
  const stray = fc.tuple(near, fc.constantFrom('extra', '__proto__', 'constructor', 'region ')).map(([value, key]) =>
    typeof value === 'object' && value !== null ? Object.defineProperty({ ...value }, key, { value: 1, enumerable: true }) : value,
  );
  return fc.oneof({ weight: 6, arbitrary: near }, { weight: 1, arbitrary: stray }, { weight: 2, arbitrary: garbage });
}

let f: Awaited<ReturnType<typeof reviewFixture>>;
beforeAll(async () => {
  console.info(`review-fuzz: seed ${seed} (set FUZZ_SEED to reproduce another run)`);
  f = await reviewFixture();
  // Something to find, withdraw and comment on.
  await f.caller.flags.create({ region: REGION, articleId: 'a1', serviceId: S1, itemKind: 'keywords', itemValue: K1, target: 'service', reason: 'väärä asiasana' });
  await f.caller.decisions.set({ region: REGION, articleId: 'a1', serviceIds: [S1, S3], decision: 'include', baseVersion: 0 });
});
afterAll(() => f.cleanup());

function callerFor(path: string): (input: unknown) => Promise<unknown> {
  const [group, name] = path.split('.') as [string, string];
  return (input) => (f.caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[group]![name]!(input);
}

describe('createCaller: every procedure answers fuzzed input with 4xx, never 500', () => {
  it('walks every procedure of the router', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(31);
    expect(procedures.map(([path]) => path)).toEqual(expect.arrayContaining(['auth.signIn', 'auth.acceptInvite', 'auth.changePassword', 'history.list', 'decisions.undoLast']));
  });

  it.each(procedures.map(([path, procedure], i) => [path, procedure, i] as const))('%s', async (path, procedure, i) => {
    const call = callerFor(path);
    const seen = { ok: 0, rejected: 0, byHandler: 0 };
    await fc.assert(
      fc.asyncProperty(inputFor(procedure), async (input) => {
        try {
          await call(input);
          seen.ok += 1;
        } catch (error) {
          seen.rejected += 1;
          if (!((error as Error).cause instanceof ZodError)) seen.byHandler += 1;
          expect(error).toBeInstanceOf(TRPCError);
          expect(allowedFor(path), `${(error as Error).message}\n${(error as Error).stack}`).toContain((error as TRPCError).code);
        }
      }),
      { seed: seed + i, numRuns: 100 },
    );
    expect(seen.ok + seen.rejected).toBe(100);
    // Not only zod at work: some calls got into the handler (answered, or refused by it).
    if (procedure._def.inputs.length > 0) expect(seen.ok + seen.byHandler, JSON.stringify(seen)).toBeGreaterThan(0);
  });
});

describe('HTTP: fuzzed requests get 2xx or 4xx, never 5xx', () => {
  let app: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => (app = await listen(f.context)));
  afterAll(() => app.close());

  const rawBody = fc.oneof(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), fc.string({ maxLength: 40 }), fc.constantFrom('{', '{"json":', '[1,', 'null', '\u0000'));

  it.each(procedures.map(([path, procedure], i) => [path, procedure, i] as const))('%s', async (path, procedure, i) => {
    const url = `${app.url}/trpc/${path}`;
    // Signed in as the fixture's manager, so calls get past the sign-in check; a new session
    // each time, since auth.signOut ends the one it is called with.
    const cookie = () => sessionCookieOf(f.context, f.context.user!);
    const send = (input: unknown, raw: string | null) =>
      procedure._def.type === 'query'
        ? fetch(`${url}?input=${encodeURIComponent(raw ?? JSON.stringify(input) ?? '')}`, { headers: { cookie: cookie() } })
        : fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookie() }, body: raw ?? JSON.stringify(input) ?? '' });
    await fc.assert(
      fc.asyncProperty(inputFor(procedure), fc.option(rawBody, { freq: 3 }), async (input, raw) => {
        const res = await send(input, raw);
        expect(res.status, await res.text()).toBeLessThan(500);
      }),
      { seed: seed + 100 + i, numRuns: 25 },
    );
  });
});
