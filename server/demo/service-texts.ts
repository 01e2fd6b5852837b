import { placePhrase } from './demo-geography';
import type { SeededRandom } from './seeded-random';
import type { ServicePlan } from './service-plan';

/**
 * Descriptions and legislation for demo services. Real descriptions repeat the summary
 * and add who offers the service and how to reach it; Lähellä.fi imports are terser.
 */

type Lang = 'fi' | 'sv';
type Pair = Record<Lang, string>;

const chargeSentences: Record<string, Pair> = {
  FreeOfCharge: { fi: 'Palvelu on maksuton.', sv: 'Tjänsten är avgiftsfri.' },
  Chargeable: { fi: 'Palvelusta peritään asiakasmaksu.', sv: 'För tjänsten uppbärs en klientavgift.' },
  Other: { fi: 'Palvelun hinta vaihtelee.', sv: 'Priset för tjänsten varierar.' },
};

const publicSentences: readonly Pair[] = [
  { fi: 'Ajanvaraus onnistuu puhelimitse arkisin tai sähköisesti.', sv: 'Tidsbokning per telefon på vardagar eller elektroniskt.' },
  { fi: 'Palvelu on tarkoitettu alueen asukkaille.', sv: 'Tjänsten är avsedd för invånarna i området.' },
  { fi: 'Voit ottaa yhteyttä myös ilman lähetettä.', sv: 'Du kan ta kontakt också utan remiss.' },
  { fi: 'Palvelusta saa tietoa myös sähköisen asioinnin kautta.', sv: 'Information om tjänsten fås också via e-tjänsterna.' },
];

const ngoSentences: readonly Pair[] = [
  { fi: 'Toiminta perustuu vapaaehtoisuuteen.', sv: 'Verksamheten bygger på frivillighet.' },
  { fi: 'Toimintaan ei tarvitse ilmoittautua etukäteen.', sv: 'Ingen förhandsanmälan behövs.' },
  { fi: 'Tervetuloa mukaan!', sv: 'Välkommen med!' },
];

const userInstruction: Pair = {
  fi: 'Ota yhteyttä palveluun puhelimitse tai asioi sähköisesti. Kiireellisissä asioissa soita 112.',
  sv: 'Kontakta tjänsten per telefon eller elektroniskt. I brådskande fall ring 112.',
};

/** serviceDescriptions for the languages the plan has a name in. */
export function serviceDescriptions(plan: ServicePlan, rng: SeededRandom): { language: string; value: string; type: string }[] {
  const out: { language: string; value: string; type: string }[] = [];
  const isPublic = plan.owner.group === 'county' || plan.owner.group === 'municipality' || plan.owner.group === 'national';
  const extra = isPublic ? rng.pick(publicSentences) : rng.pick(ngoSentences);
  const instruct = isPublic && plan.owner.group !== 'national' && rng.chance(0.5);
  for (const lang of ['fi', 'sv'] as const) {
    if (plan.name[lang] === null) continue;
    const summary = plan.template.summary[lang];
    const owner = plan.owner.name[lang];
    const where = plan.placeCode ? ` ${placePhrase(plan.placeCode)[lang]}` : '';
    const offeredBy = lang === 'fi' ? `Palvelua tarjoaa ${owner}${where}.` : `Tjänsten erbjuds av ${owner}${where}.`;
    const charge = chargeSentences[plan.template.charge]?.[lang] ?? '';
    const description = plan.sourceId ? `${summary} ${offeredBy}` : `${summary} ${offeredBy} ${extra[lang]} ${charge}`.trim();
    out.push({ language: lang, value: summary, type: 'Summary' });
    out.push({ language: lang, value: description, type: 'Description' });
    if (instruct) out.push({ language: lang, value: userInstruction[lang], type: 'UserInstruction' });
  }
  return out;
}

interface Law {
  fi: string;
  sv: string;
  url: string;
}

const finlex = (year: number, number: string): string => `https://www.finlex.fi/fi/laki/ajantasa/${year}/${year}${number}`;

// The main act behind a service class, as municipalities and counties usually cite it.
const lawsByClass: Record<string, Law> = {
  'P3.8': { fi: 'Lastensuojelulaki', sv: 'Barnskyddslag', url: finlex(2007, '0417') },
  'P3.4': { fi: 'Varhaiskasvatuslaki', sv: 'Lag om småbarnspedagogik', url: finlex(2018, '0540') },
  'P5.2': { fi: 'Terveydenhuoltolaki', sv: 'Hälso- och sjukvårdslag', url: finlex(2010, '1326') },
  'P5.9': { fi: 'Terveydenhuoltolaki', sv: 'Hälso- och sjukvårdslag', url: finlex(2010, '1326') },
  'P6.1': { fi: 'Perusopetuslaki', sv: 'Lag om grundläggande utbildning', url: finlex(1998, '0628') },
  'P6.2': { fi: 'Perusopetuslaki', sv: 'Lag om grundläggande utbildning', url: finlex(1998, '0628') },
  'P3.6': { fi: 'Sosiaalihuoltolaki', sv: 'Socialvårdslag', url: finlex(2014, '1301') },
  'P4.3': { fi: 'Sosiaalihuoltolaki', sv: 'Socialvårdslag', url: finlex(2014, '1301') },
  'P3.5': { fi: 'Laki lapsen huollosta ja tapaamisoikeudesta', sv: 'Lag angående vårdnad om barn och umgängesrätt', url: finlex(1983, '0361') },
  'P3.9': { fi: 'Laki lapsen elatuksesta', sv: 'Lag om underhåll för barn', url: finlex(1975, '0704') },
  'P3.3': { fi: 'Vanhemmuuslaki', sv: 'Lag om föräldraskap', url: finlex(2022, '0775') },
};

/** PTV legislation entries: public services cite the act of their first class, others none. */
export function legislation(plan: ServicePlan): Record<string, unknown>[] {
  if (plan.owner.group !== 'county' && plan.owner.group !== 'municipality') return [];
  const law = lawsByClass[plan.template.serviceClasses[0] ?? ''];
  if (!law) return [];
  return [
    {
      names: [
        { value: law.fi, language: 'fi' },
        { value: law.sv, language: 'sv' },
      ],
      webPages: [{ url: law.url, value: law.fi, language: 'fi' }],
    },
  ];
}
