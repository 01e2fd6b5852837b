/**
 * A small catalogue for the review API tests, in region '01' (Itä-Uusimaa: 018, 407, 434 …),
 * built so each case has one obvious answer:
 *
 * | service | keywords | class | area             | owner     | note                           |
 * | S1      | K1       | P9.1  | 018 (regional)   | ORG_TOWN  | surfaces in a1–a3 via K1, a4 via class P9 |
 * | S2      | K2       | P3.2  | Nationwide       | ORG_STATE | surfaces in a2; missing_fi     |
 * | S3      | K1       | P3.3  | 091 (Helsinki)   | ORG_TOWN  | outside region 01              |
 * | S4      | K3       | P3.4  | 018              | ORG_TOWN  | Draft                          |
 * | S5      | K4       | P3.5  | 407              | ORG_TOWN  | surfaces nowhere               |
 * | S6      | K1       | P3.6  | 434              | ORG_NGO   | name is a script tag; complete |
 * | F1–F6   | K5       | P3.7  | 407 / Nationwide | ORG_TOWN  | fillers for paging             |
 *
 * Articles: a1 [K1], a2 [K1, K2], a3 [K1], a4 classes [P9], a5 [K3].
 */
import { importArticlesData } from '../../server/import/import-articles';
import { ArraySource } from '../../server/import/array-source';
import { importPtv } from '../../server/import/import-ptv';
import type { Context } from '../../server/context';
import { appRouter } from '../../server/routers/_app';
import { createCallerFactory } from '../../server/trpc';
import { asUser } from '../../server/services/create-context';
import { syntheticService } from '../helpers/synthetic-ptv';
import { testContext } from '../helpers/test-app';
import { userNamed } from '../helpers/test-users';

export const REGION = '01';
export const kw = (n: number): string => `http://www.yso.fi/onto/koko/p${n}`;
export const [K1, K2, K3, K4, K5] = [kw(1), kw(2), kw(3), kw(4), kw(5)] as const;
export const sid = (n: number): string => syntheticService(n)['id'] as string;
export const [S1, S2, S3, S4, S5, S6] = [1, 2, 3, 4, 5, 6].map(sid) as [string, string, string, string, string, string];
export const FILLERS = [11, 12, 13, 14, 15, 16].map(sid);
export const XSS = '<script>alert(1)</script>';

export const ORG_TOWN = '11111111-1111-4111-8111-111111111111';
export const ORG_STATE = '22222222-2222-4222-8222-222222222222';
export const ORG_NGO = '33333333-3333-4333-8333-333333333333';
export const CLOCK = new Date('2026-11-20T10:00:00.000Z');

const names = (fi: string | null, sv: string | null) => [
  ...(fi ? [{ language: 'fi', value: fi, type: 'Name' }] : []),
  ...(sv ? [{ language: 'sv', value: sv, type: 'Name' }] : []),
];
const terms = (...uris: string[]) => uris.map((uri) => ({ uri, name: [{ language: 'fi', value: `termi ${uri.slice(-2)}` }] }));
const inMunicipality = (code: string) => ({ areaType: 'LimitedType', areas: [{ type: 'Municipality', code: null, municipalities: [{ code }] }] });
const ownedBy = (id: string, name: string) => ({ organizations: [{ organization: { id, name }, roleType: 'Responsible', provisionType: null }] });
const organization = (id: string, fi: string, type: string) => ({ id, organizationNames: [{ language: 'fi', value: fi, type: 'Name' }], organizationType: type });

/** The PTV records of the first snapshot; `changes` replaces fields of a service by number. */
export function catalogueRecords(changes: Record<number, Record<string, unknown>> = {}): Record<string, unknown>[] {
  const plan: Record<number, Record<string, unknown>> = {
    1: { ontologyTerms: terms(K1), serviceClasses: [{ code: 'P9.1' }], ...inMunicipality('018'), serviceNames: names('Perheneuvola', 'Familjerådgivning') },
    2: { ontologyTerms: terms(K2), serviceClasses: [{ code: 'P3.2' }], areaType: 'Nationwide', areas: [], serviceNames: names(null, 'Rikstjänst'), ...ownedBy(ORG_STATE, 'Valtio') },
    3: { ontologyTerms: terms(K1), serviceClasses: [{ code: 'P3.3' }], ...inMunicipality('091') },
    4: { ontologyTerms: terms(K3), serviceClasses: [{ code: 'P3.4' }], ...inMunicipality('018'), publishingStatus: 'Draft' },
    5: { ontologyTerms: terms(K4), serviceClasses: [{ code: 'P3.5' }], ...inMunicipality('407') },
    6: {
      ontologyTerms: terms(K1),
      serviceClasses: [{ code: 'P3.6' }],
      ...inMunicipality('434'),
      serviceNames: names(XSS, 'Skript'),
      serviceDescriptions: [
        { language: 'fi', value: 'Yhdistyksen vertaistuki', type: 'Summary' },
        { language: 'sv', value: 'Föreningens kamratstöd', type: 'Summary' },
      ],
      ...ownedBy(ORG_NGO, 'Yhdistys'),
      targetGroups: [{ code: 'KR2' }],
    },
  };
  for (let i = 0; i < FILLERS.length; i += 1) {
    plan[11 + i] = { ontologyTerms: terms(K5), serviceClasses: [{ code: 'P3.7' }], ...(i < 4 ? inMunicipality('407') : { areaType: 'Nationwide', areas: [] }) };
  }
  const services = Object.entries(plan).map(([n, fields]) => syntheticService(Number(n), { ...fields, ...changes[Number(n)] }));
  return [...services, organization(ORG_TOWN, 'Esimerkkikunta', 'Municipality'), organization(ORG_STATE, 'Valtion virasto', 'State'), organization(ORG_NGO, 'Perheyhdistys ry', 'Organization')];
}

export const ARTICLES = [
  { id: 'a1', title: { fi: 'Vauvan uni', sv: 'Babyns sömn' }, topic: 'vauva', rule: { keywords: [K1] } },
  { id: 'a2', title: { fi: 'Unikoulu' }, topic: 'vauva', rule: { keywords: [K1, K2] } },
  { id: 'a3', title: { fi: 'Yövalvominen' }, topic: 'vauva', rule: { keywords: [K1] } },
  { id: 'a4', title: { fi: 'Perhetyö' }, topic: 'tuki', rule: { serviceClasses: ['P9'] } },
  { id: 'a5', title: { fi: 'Tyhjä' }, topic: 'tuki', rule: { keywords: [K3] } },
];

export const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/** A migrated database with the catalogue and articles, a fixed clock and a named reviewer. */
export async function reviewFixture(): Promise<{ context: Context; caller: Caller; as: (actor: string, at?: Date) => Caller; cleanup: () => void; env: ReturnType<typeof testContext> }> {
  const env = testContext();
  await importPtv(env.handle, new ArraySource('fixture', catalogueRecords()), { now: () => CLOCK });
  importArticlesData(env.handle, { articles: ARTICLES }, 'fixture');
  env.context.now = () => CLOCK;
  Object.assign(env.context, asUser(env.context, userNamed(env.handle, 'Riikka Arvioija')));
  // Each name is a manager of its own, so tests can act as several people.
  const as = (actor: string, at: Date = CLOCK) => createCaller({ ...asUser(env.context, userNamed(env.handle, actor)), now: () => at });
  return { context: env.context, caller: createCaller(env.context), as, cleanup: env.cleanup, env };
}

/** Imports the second snapshot: `changes` by service number, on top of the first snapshot's records. */
export async function importSecondSnapshot(context: Context, changes: Record<number, Record<string, unknown>>): Promise<number> {
  const result = await importPtv(context.handle, new ArraySource('fixture-2', catalogueRecords(changes)), { now: () => CLOCK });
  return result.snapshotId as number;
}
