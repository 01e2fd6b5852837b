/**
 * One synthetic PTV v11 Service object, in the field layout PTV serves (ptv-api.md §3):
 * area coverage over the real regions and municipality codes, finto items for classes,
 * target groups, life events and ontology terms, and a Responsible organisation.
 */
import { wellbeingRegions, type RegionRef } from '../../shared/reference-data/regions';
import { chance, distinct, indexedGuid, intBetween, pickOne, WeightedSampler, type Random } from './prng';
import {
  codeNames,
  otherLifeEvents,
  subclassSampler,
  targetGroupSampler,
  termSampler,
  type OntologyTerm,
} from './vocabulary';

type Json = Record<string, unknown>;

const statusSampler = new WeightedSampler(['Published', 'Modified', 'Draft', 'Deleted', 'OldPublished'], [955, 20, 10, 10, 5]);
const termCountSampler = new WeightedSampler([1, 2, 3, 4, 5, 6], [15, 25, 25, 18, 10, 7]);
/** Bigger regions publish more services; every region gets a fair share. */
const regionSampler = new WeightedSampler(wellbeingRegions, wellbeingRegions.map((r) => 3 + r.municipalities.length / 3 + (r.code === '90' ? 6 : 0)));

/** Organisations: one per region (the county), one per municipality, and national ones. */
export class OrganizationPool {
  readonly county = new Map<string, string>();
  readonly municipal = new Map<string, string>();
  readonly national: string[] = [];

  constructor(seed: number) {
    let n = 0;
    for (const region of wellbeingRegions) {
      this.county.set(region.code, indexedGuid(seed, n++));
      for (const m of region.municipalities) this.municipal.set(m.code, indexedGuid(seed, n++));
    }
    for (let i = 0; i < 200; i += 1) this.national.push(indexedGuid(seed, n++));
  }
}

function texts(fi: string, sv: string, type?: string): Json[] {
  return [
    { language: 'fi', value: fi, ...(type ? { type } : {}) },
    { language: 'sv', value: sv, ...(type ? { type } : {}) },
  ];
}

function names(fi: string, sv: string, en?: string): Json[] {
  return [{ value: fi, language: 'fi' }, { value: sv, language: 'sv' }, ...(en ? [{ value: en, language: 'en' }] : [])];
}

function codeItem(code: string, ontologyType: string, list: string): Json {
  const [fi, sv, en] = codeNames(code);
  const dot = code.lastIndexOf('.');
  const parent = dot > 0 ? code.slice(0, dot) : null;
  const base = `http://uri.suomi.fi/codelist/ptv/${list}/code/`;
  return {
    name: names(fi, sv, en),
    ...(list === 'ptvserclass2' ? { description: names(`${fi}: palvelut, neuvonta ja tuki tässä palveluluokassa.`, `${sv}: tjänster och rådgivning.`) } : {}),
    code,
    ontologyType,
    uri: `http://urn.fi/URN:NBN:fi:au:ptvl:${list}-${code}`,
    parentId: null,
    parentUri: parent ? `http://urn.fi/URN:NBN:fi:au:ptvl:${list}-${parent}` : null,
    newUri: base + code,
    newParentUri: parent ? base + parent : null,
  };
}

function termItem(term: OntologyTerm): Json {
  return { name: names(term.fi, term.sv), code: null, ontologyType: 'KOKO', uri: term.uri, parentId: null, parentUri: null };
}

function municipalityItems(region: RegionRef, codes: readonly string[]): Json[] {
  return codes.map((code) => {
    const m = region.municipalities.find((x) => x.code === code) ?? wellbeingRegions.flatMap((r) => r.municipalities).find((x) => x.code === code);
    return { code, name: names(m?.name.fi ?? code, m?.name.sv ?? code) };
  });
}

interface Coverage {
  areaType: string;
  areas: Json[];
  responsible: string;
  place: string;
}

function coverage(random: Random, orgs: OrganizationPool): Coverage {
  const roll = random();
  if (roll < 0.08) return { areaType: 'Nationwide', areas: [], responsible: pickOne(random, orgs.national), place: 'koko maa' };
  if (roll < 0.1) return { areaType: 'NationwideExceptAlandIslands', areas: [], responsible: pickOne(random, orgs.national), place: 'Manner-Suomi' };
  const region = regionSampler.sample(random);
  const allCodes = region.municipalities.map((m) => m.code);
  const county = orgs.county.get(region.code) as string;
  if (chance(random, 0.4)) {
    const entry = { type: 'WellbeingServiceCounties', code: region.code, name: names(region.name.fi, region.name.sv), municipalities: municipalityItems(region, allCodes) };
    return { areaType: 'LimitedType', areas: [entry], responsible: county, place: region.name.fi };
  }
  const count = chance(random, 0.7) ? 1 : chance(random, 0.83) ? intBetween(random, 2, 3) : intBetween(random, 4, 8);
  const codes = distinct(Math.min(count, allCodes.length), () => pickOne(random, allCodes)).sort();
  if (chance(random, 0.05)) codes.push(pickOne(random, pickOne(random, wellbeingRegions).municipalities).code);
  const first = region.municipalities.find((m) => m.code === codes[0]);
  const areas: Json[] = chance(random, 0.04)
    ? [{ type: 'BusinessRegions', code: String(intBetween(random, 11, 200)), name: names('Seutukunta', 'Ekonomisk region'), municipalities: municipalityItems(region, codes) }]
    : [{ type: 'Municipality', code: null, name: null, municipalities: municipalityItems(region, codes) }];
  return { areaType: 'LimitedType', areas, responsible: orgs.municipal.get(codes[0] as string) ?? county, place: first?.name.fi ?? region.name.fi };
}

function classification(random: Random): { classes: string[]; groups: string[]; events: string[] } {
  const classCount = chance(random, 0.55) ? 1 : chance(random, 0.78) ? 2 : 3;
  const classes = distinct(classCount, () => subclassSampler.sample(random));
  if (chance(random, 0.08)) classes.push((classes[0] as string).slice(0, (classes[0] as string).indexOf('.')));
  const family = classes.some((c) => c.startsWith('P3') || c === 'P5.2' || c === 'P5.9');
  const groups = chance(random, 0.92) ? distinct(chance(random, 0.7) ? 1 : 2, () => targetGroupSampler.sample(random)) : [];
  if (family && !groups.includes('KR1.2') && chance(random, 0.7)) groups.push('KR1.2');
  const events: string[] = [];
  if (chance(random, family ? 0.25 : 0.05)) events.push('KE1');
  if (chance(random, 0.02)) events.push('KE7');
  if (chance(random, 0.05)) events.push(pickOne(random, otherLifeEvents));
  return { classes, groups, events };
}

/** Builds service number `index` (0-based) of the data set with the given id. */
export function generateService(random: Random, index: number, id: string, orgs: OrganizationPool): Json {
  const area = coverage(random, orgs);
  const { classes, groups, events } = classification(random);
  const terms = distinct(termCountSampler.sample(random), () => termSampler.sample(random));
  const label = terms[0]?.fi ?? 'palvelu';
  const modified = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 1000 * 86400000)).toISOString();
  const producer = chance(random, 0.2) ? [{ organization: { id: area.responsible, name: null }, roleType: 'Producer', provisionType: 'SelfProducedServices', additionalInformation: [] }] : [];
  return {
    id,
    sourceId: null,
    generalDescriptionId: null,
    subType: null,
    type: chance(random, 0.93) ? 'Service' : 'PermitOrObligation',
    fundingType: 'PubliclyFunded',
    serviceNames: texts(`Palvelu ${index}: ${label}, ${area.place}`, `Tjänst ${index}: ${terms[0]?.sv ?? 'tjänst'}`, 'Name'),
    serviceChargeType: chance(random, 0.7) ? 'FreeOfCharge' : 'Chargeable',
    areaType: area.areaType,
    areas: area.areas,
    serviceDescriptions: [
      ...texts(`Tietoa palvelusta: ${label}. Palvelu on tarkoitettu alueen asukkaille.`, `Information om tjänsten: ${terms[0]?.sv ?? ''}.`, 'Summary'),
      { language: 'fi', value: `${label} – ${terms.map((t) => t.fi).join(', ')}. Palveluun voi hakeutua ilman lähetettä. Ota yhteyttä palveluneuvontaan arkisin.`, type: 'Description' },
    ],
    languages: chance(random, 0.2) ? ['fi', 'sv', 'en'] : ['fi', 'sv'],
    serviceClasses: classes.map((c) => codeItem(c, 'ptvserclass2', 'ptvserclass2')),
    ontologyTerms: terms.map(termItem),
    targetGroups: groups.map((c) => codeItem(c, 'ptvkohderyhmat', 'ptvkohderyhmat')),
    lifeEvents: events.map((c) => codeItem(c, 'ptvelti', 'ptvelti')),
    industrialClasses: [],
    legislation: [],
    keywords: [],
    requirements: [],
    serviceChannels: [],
    organizations: [{ organization: { id: area.responsible, name: null }, roleType: 'Responsible', provisionType: null, additionalInformation: [] }, ...producer],
    serviceVouchersInUse: false,
    serviceVouchers: [],
    serviceCollections: [],
    publishingStatus: statusSampler.sample(random),
    modified,
    responsibleSoteOrganization: null,
  };
}
