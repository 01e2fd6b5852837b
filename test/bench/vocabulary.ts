/**
 * Code lists and the ontology vocabulary of the benchmark data set. Service classes,
 * target groups and life events use PTV's real codes; ontology terms are ~600 KOKO-style
 * URIs, the first ones real family-service concepts seen in PTV data, the rest made up
 * (p900000+, so they never collide with a real concept).
 */
import { WeightedSampler, zipfWeights } from './prng';

export const kokoBase = 'http://www.yso.fi/onto/koko/p';

/** Real KOKO concepts seen on family services in PTV: [p-number, fi, sv]. */
const familyTerms: readonly [number, string, string][] = [
  [5037, 'lastenneuvolat', 'barnrådgivningsbyråer'], [4971, 'äitiysneuvolat', 'mödrarådgivningar'],
  [9399, 'varhaiskasvatus', 'småbarnsfostran'], [12895, 'perhetyö (sosiaalityö)', 'familjearbete'],
  [14390, 'mielenterveyspalvelut', 'mentalvårdstjänster'], [15822, 'lastensuojelu', 'barnskydd'],
  [5766, 'esiopetus', 'förskoleundervisning'], [69116, 'päiväkotihoito', 'dagvård'],
  [9581, 'perheneuvonta', 'familjerådgivning'], [2223, 'kouluterveydenhuolto', 'skolhälsovård'],
  [54976, 'kotipalvelu', 'hemservice'], [48297, 'kotipalvelut', 'hemtjänst'],
  [67955, 'sosiaaliohjaus', 'socialhandledning'], [14454, 'perheneuvolat', 'familjerådgivningsbyråer'],
  [9954, 'kasvatusneuvonta', 'uppfostringsrådgivning'], [826, 'psykologit', 'psykologer'],
  [76747, 'perhekeskukset (keskukset)', 'familjecentra'], [60126, 'sosiaalipäivystys (sosiaalipalvelut)', 'socialjour'],
  [54786, 'avoin varhaiskasvatus', 'öppen småbarnsfostran'], [5959, 'perhepäivähoito (päivähoito)', 'familjedagvård'],
  [15309, 'seksuaalineuvonta', 'sexualrådgivning'], [60102, 'ehkäisyneuvolat', 'preventivrådgivningar'],
  [14715, 'elatusapu', 'underhållsbidrag'], [68728, 'isyyden selvittäminen', 'utredning av faderskap'],
  [8003, 'puheterapia (hoitomenetelmät)', 'talterapi'], [56093, 'lasten hammashoito', 'barntandvård'],
  [66540, 'lastensuojelun avohuolto', 'öppenvård inom barnskyddet'], [66757, 'lastensuojelun sijaishuolto', 'vård utom hemmet inom barnskyddet'],
  [9239, 'kotihoidontuki', 'hemvårdsstöd'], [53864, 'vuorohoito', 'skiftesvård'],
  [30840, 'kasvatus', 'fostran'], [65414, 'lasten ja nuorten osallisuus', 'barns och ungdomars medverkan'],
  [234, 'adoptio', 'adoption'], [67620, 'adoptioneuvonta (sosiaalipalvelut)', 'adoptionsrådgivning'],
  [62471, 'raskausdiabetes', 'graviditetsdiabetes'], [13527, 'erityispäivähoito', 'specialdagvård'],
  [58117, 'lasten päivähoito', 'barndagvård'], [52740, 'perhekeskukset', 'familjecentraler'],
  [67073, 'perhesuunnittelu- ja ehkäisyneuvolat', 'familjeplaneringsrådgivningar'], [56706, 'lastensuojelutarpeen selvitys', 'utredning av barnskyddsbehov'],
];

export interface OntologyTerm {
  uri: string;
  fi: string;
  sv: string;
}

export const vocabularySize = 600;

/** The vocabulary in popularity order (rank 1 first). */
export const vocabulary: readonly OntologyTerm[] = Array.from({ length: vocabularySize }, (_, i) => {
  // Interleave real family terms among the made-up ones, so popular terms are of both kinds.
  const real = i % 3 === 0 ? familyTerms[i / 3] : undefined;
  if (real) return { uri: kokoBase + real[0], fi: real[1], sv: real[2] };
  const n = 900000 + i;
  return { uri: kokoBase + n, fi: `asiasana ${n}`, sv: `ämnesord ${n}` };
});

/** Zipf-like popularity of ontology terms on services. */
export const termSampler = new WeightedSampler(vocabulary, zipfWeights(vocabularySize, 1.05, 6));

/** Article keywords: the same vocabulary, a flatter preference for popular terms. */
export const articleTermSampler = new WeightedSampler(vocabulary.slice(0, 400), zipfWeights(400, 0.6, 10));

/** Subclass counts per main class P1…P28 (PTV ptvserclass2). */
const subclassCounts = [5, 5, 9, 14, 21, 15, 13, 4, 6, 8, 9, 4, 5, 5, 9, 9, 3, 2, 6, 3, 2, 9, 7, 6, 7, 3, 5, 7];

/** Family, social and health services dominate what a workbench for Omaperhe looks at. */
const mainClassWeight: Record<number, number> = { 3: 5, 4: 3, 5: 5, 6: 1.5, 7: 1.2, 11: 1.2, 15: 1 };

export const mainClasses: readonly string[] = subclassCounts.map((_, i) => `P${i + 1}`);
export const serviceClasses: readonly string[] = subclassCounts.flatMap((count, i) => Array.from({ length: count }, (_, j) => `P${i + 1}.${j + 1}`));

export const subclassSampler = new WeightedSampler(
  serviceClasses,
  serviceClasses.map((code) => mainClassWeight[Number(code.slice(1, code.indexOf('.')))] ?? 0.4),
);

/** Classes articles filter on: family, social and health subclasses, now and then a main class. */
export const articleClasses: readonly string[] = [
  'P3', 'P3.1', 'P3.2', 'P3.4', 'P3.5', 'P3.6', 'P3.7', 'P3.8', 'P3.9', 'P4.9', 'P4.12', 'P4.13', 'P4.14',
  'P5.1', 'P5.2', 'P5.3', 'P5.7', 'P5.8', 'P5.9', 'P5.10', 'P5.17', 'P5.20', 'P6.1', 'P7.3', 'P28.1',
];

export const targetGroupSampler = new WeightedSampler(
  ['KR1.2', 'KR1', 'KR1.3', 'KR1.1', 'KR1.4', 'KR1.6', 'KR1.5', 'KR2', 'KR2.7', 'KR2.6', 'KR3'],
  [30, 18, 12, 12, 6, 6, 2, 5, 4, 3, 2],
);

export const otherLifeEvents: readonly string[] = ['KE1.1', 'KE3', 'KE4', 'KE4.1', 'KE5', 'KE8', 'KE9', 'KE10', 'KE11', 'KE12', 'KE13', 'KE14'];

const targetGroupNames: Record<string, [string, string, string]> = {
  KR1: ['Kansalaiset', 'Medborgare', 'Citizens'],
  'KR1.1': ['Ikäihmiset', 'De äldre', 'Seniors'],
  'KR1.2': ['Lapset ja lapsiperheet', 'Barn och barnfamiljer', 'Children and families with children'],
  'KR1.3': ['Nuoret', 'De unga', 'Young people'],
  KR2: ['Yritykset ja yhteisöt', 'Företag och samfund', 'Businesses and non-government organizations'],
  KR3: ['Viranomaiset', 'Myndigheter', 'Authorities'],
};

/** Names of a code for finto items: the real ones where listed here, else generic. */
export function codeNames(code: string): [string, string, string] {
  return targetGroupNames[code] ?? [`Luokka ${code}`, `Klass ${code}`, `Class ${code}`];
}
