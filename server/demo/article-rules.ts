import { ontologyTerm } from './ontology-terms';

/**
 * Rule presets for the demo articles, in the same compact spec language as templates:
 * `#term` keyword, `-#term` exclude keyword, P/KR/KE codes, `pin:<service key>` and
 * `block:<service key>`. Many articles share a preset, as DigiFinland's rules do: the
 * sleep, feeding and growth articles of the baby topic all point at child clinics.
 */

export interface DemoRuleSpec {
  keywords: string[];
  serviceClasses: string[];
  targetGroups: string[];
  lifeEvents: string[];
  excludeKeywords: string[];
  /** Service keys (service-plan.ts), resolved to ids when the articles file is written. */
  pinnedKeys: string[];
  blockedKeys: string[];
}

export const rulePresets = {
  empty: '',
  neuvolaRaskaus: '#aitiysneuvolat P5.2',
  raskausdiabetes: '#raskausdiabetes',
  raskausTuet: 'P3.2 KR1.2 KE1',
  perhevalmennus: '#aitiysneuvolat P3.2',
  lapsettomuus: 'P3.2 #seksuaalineuvonta',
  adoptio: '#adoptio #adoptioneuvonta',
  synnytys: 'P3.2 KE1',
  jalkitarkastus: 'P5.8 KE1',
  vauvaperhe: '#lastenneuvolat #perhetyo KR1.2',
  lastenneuvola: '#lastenneuvolat P5.2',
  rokotukset: 'P5.3 KR1.2',
  imetys: '#lastenneuvolat P5.20',
  vertaistukiVauva: 'P4.12 KR1.2 KE1',
  vauvauinti: '#uinti KR1.2',
  lastenhoidonTuet: '#kotihoidontuki #yksityisenHoidonTuki',
  kasvatus: '#kasvatusneuvonta #kasvatus KR1.2',
  puheterapia: '#puheterapia KR1.2',
  varhaiskasvatus: '#varhaiskasvatus #varhaiskasvatuspalvelut P3.4',
  paivakoti: '#paivakotihoito #kunnallisetPaivakodit P3.4',
  perhepaivahoito: '#perhepaivahoito #perhepaivahoitoVarhaiskasvatus',
  vuorohoito: '#vuorohoito',
  avoinVarhaiskasvatus: '#avoinVarhaiskasvatus KR1.2',
  erityinenTuki: '#varhaiserityiskasvatus #erityispaivahoito #erityisopetus KR1.2',
  liikunta: '#liikunta #uinti #liikuntapalvelut KR1.2',
  leikkipuistot: '#leikkipuistot',
  hammashoito: '#lastenHammashoito P5.10',
  terveysLapsi: 'P5.1 P5.5 KR1.2',
  esiopetus: '#esiopetus #esikoulu P6.1',
  kirjasto: '#kirjastopalvelut KR1.2',
  kulttuuri: 'P25.2 KR1.2',
  lastenHarrastukset: 'P25.5 P27.1 P28.2 KR1.2',
  koulu: 'P6.2 KR1.2',
  aamuIltapaiva: 'P6.3',
  koulukuljetus: '#koulukuljetus',
  kouluruoka: '#kouluruokailu',
  koulunkaynninTuki: '#erityisopetus #oppilashuolto P6.2 P4.9',
  kouluterveys: '#kouluterveydenhuolto #kouluterveydenhoitajat P5.9',
  oppilashuolto: '#oppilashuolto P4.9 P5.9',
  kotouttaminenKoulu: '#valmistavaOpetus #suomiToisenaKielena',
  nuortenNeuvonta: 'P28.5 KR1.3',
  mielenterveysNuori: '#mielenterveyspalvelut KR1.3',
  nuortenPaihteet: '#paihdehuolto #huumeneuvonta KR1.3',
  seksuaalisuus: '#seksuaalineuvonta #ehkaisyneuvolat',
  nuorisotyo: 'P28.1 P28.4 KR1.3',
  nuortenHarrastukset: 'P28.2 P25.5 P27.1 KR1.3',
  nuortenTyo: 'P28.3 P10.1 KR1.3',
  jatkoOpinnot: 'P6.8 P6.14 KR1.3',
  asuminen: 'P1.1 P1.4',
  osallisuus: '#lastenJaNuortenOsallisuus',
  talousneuvonta: 'P15.1',
  lastensuojelu: '#lastensuojelu #lastensuojelunAvohuolto #lastensuojeluilmoitukset P3.8',
  parisuhde: 'P3.1',
  parisuhdeneuvonta: '#perheneuvonta P3.1',
  perheneuvola: '#perheneuvonta #perheneuvolat #kasvatusneuvonta P3.7',
  lahisuhdevakivalta: '#psyykkinenTrauma P4.13',
  omaishoitoAikuinen: '#omaishoidonTuki #omaishoito',
  ehkaisy: '#perhesuunnitteluJaEhkaisyneuvolat #ehkaisyneuvolat P5.2',
  ero: 'P3.5',
  elatus: '#elatusapu P3.9',
  eroSovittelu: '#perheneuvonta P3.5',
  eroVertais: 'P3.5 P4.12 KE7',
  oikeusapu: 'P7.4 KE7',
  perhetyo: '#perhetyo P3.6 -#lastensuojelu',
  kotipalvelu: '#kotipalvelu #kotipalvelut KR1.2',
  perhekeskus: '#perhekeskukset #perhekeskuksetSosiaalipalvelut',
  perhekahvila: 'P4.12 KR1.2',
  sijaisperhe: '#lastensuojelunSijaishuolto P4.6 P3.8',
  tukiperhe: '#lastensuojelunAvohuolto P3.6',
  paihteet: '#paihdehuolto #paihdekuntoutus',
  paihteetRaskaus: '#paihdehuolto KR1.2',
  mielenterveysVanhempi: '#mielenterveyspalvelut #psykologit KR1',
  mielenterveysLapsi: '#mielenterveyspalvelut #psykologit KR1.2',
  mielenterveysVertais: '#mielenterveyspalvelut P5.16',
  mielenterveys: '#mielenterveyspalvelut',
  lapsiperheSosiaalityo: '#lapsiperheidenSosiaalityo #sosiaaliohjaus P3.6',
  palveluohjaus: '#palveluohjaus KR1.2',
  sosiaalipaivystys: '#sosiaalipaivystys',
  vammainenLapsi: 'P4.4 KR1.2',
  omaishoitoLapsi: '#omaishoidonTuki KR1.2',
  kuntoutusLapsi: 'P5.13 KR1.2',
  sairasLapsi: 'KE11 KR1.2',
  suru: '#kuolema KE14',
  kriisi: '#psyykkinenTrauma',
  kotouttaminen: '#kotouttaminen #maahanmuuttajat',
  ruoka: 'P5.20 KR1.2',
  asiakkaanOikeudet: 'P4.13 KR1',
  toimeentulo: 'P4.10',
  verotus: 'P14.1',
  diakonia: 'P25.6 KE9',
  velkaantuminen: 'KE9',
  tyottomyys: 'KE8',
  edunvalvonta: 'P7.11',
  perinto: 'P14.2 KE14',
  ruokaApu: 'P15.1 KE9',
  kelaNeuvonta: '#palveluohjaus P3.2',
  paivystys: '#paivystys #paivystyspalvelut',
  laakkeet: 'P5.15',
  tapaturmat: 'P19.3',
  nuortenTerveys: 'P5.9 P5.17 KR1.3',
  terveysasema: '#laakarinvastaanotot #sairaanhoitajanVastaanotot',
  sahkoinenAsiointi: 'P5.11',
  vammainenVanhempi: 'P4.4 P4.5',
  sairasVanhempi: 'KE11',
  omaishoitaja: 'KE13',
  ensikoti: '#lastensuojelunAvohuolto KE1',
  uimahallit: '#uimahallit',
  ulkoilu: '#ulkoilu',
  liikuntapaikat: '#liikuntapalvelut',
  museot: '#museot',
  taiteenPerusopetus: 'P25.7 KR1.2',
  kerhot: '#harrastusJaKerhotoiminta',
  kerhotNuoret: '#harrastusJaKerhotoiminta KR1.3',
  seurakuntaLapset: 'P25.6 KR1.2',
  seurakuntaNuoret: 'P25.6 KR1.3',
  lemmikit: '#elainlaakarit',
  matkustaminen: 'P20.1 KR1.2',
  vapaaehtoistyo: 'P4.12',
  ajokortti: 'P16.2 KR1.3',
  lapsenNimi: '#vaestotiedot KE1',
  kaste: 'P25.6 KE1',
  vanhemmuus: 'P3.3',
} as const;

export type RulePreset = keyof typeof rulePresets;

/** Parses a preset plus article-specific extra tokens; throws on an unknown token or term. */
export function ruleSpec(preset: RulePreset, extra = ''): DemoRuleSpec {
  const spec: DemoRuleSpec = { keywords: [], serviceClasses: [], targetGroups: [], lifeEvents: [], excludeKeywords: [], pinnedKeys: [], blockedKeys: [] };
  for (const token of `${rulePresets[preset]} ${extra}`.split(/\s+/).filter(Boolean)) {
    if (token.startsWith('-#')) spec.excludeKeywords.push(ontologyTerm(token.slice(2)).uri);
    else if (token.startsWith('#')) spec.keywords.push(ontologyTerm(token.slice(1)).uri);
    else if (token.startsWith('pin:')) spec.pinnedKeys.push(token.slice(4));
    else if (token.startsWith('block:')) spec.blockedKeys.push(token.slice(6));
    else if (/^P\d+(\.\d+)?$/.test(token)) spec.serviceClasses.push(token);
    else if (/^KR\d+(\.\d+)?$/.test(token)) spec.targetGroups.push(token);
    else if (/^KE\d+(\.\d+)?$/.test(token)) spec.lifeEvents.push(token);
    else throw new Error(`demo article rule: unknown token "${token}"`);
  }
  return spec;
}

/** One article: id, Finnish and Swedish title, rule preset, and extra rule tokens. */
export type ArticleRow = readonly [id: string, fi: string, sv: string, preset: RulePreset, extra?: string];

/** An Omaperhe topic with its articles; `slug` is the URL path segment. */
export interface DemoTopic {
  topic: string;
  slug: string;
  articles: readonly ArticleRow[];
}
