import { stableGuid } from './seeded-random';

/**
 * The organisations of the demo catalogue. Municipal business ids are the real ones from
 * PTV's Municipality.json; the others are made up with a valid check digit.
 */

export type OrgGroup = 'county' | 'municipality' | 'ngo' | 'parish' | 'national' | 'company';

/** Where an organisation (and by default its services) is available. */
export type OrgArea =
  | { kind: 'nationwide' }
  | { kind: 'nationwideExceptAland' }
  | { kind: 'county'; region: string }
  | { kind: 'municipalities'; codes: readonly string[] }
  | { kind: 'uusimaa' }
  | { kind: 'eastUusimaaSubRegion' };

export interface DemoOrg {
  key: string;
  id: string;
  name: { fi: string; sv: string };
  /** Short name PTV serves as AlternativeName (Kela, THL). */
  alternativeName?: string;
  organizationType: 'RegionalOrganization' | 'Municipality' | 'Organization' | 'State' | 'Company';
  group: OrgGroup;
  /** Content languages, primary first. */
  languages: readonly ('fi' | 'sv')[];
  businessCode: string | null;
  area: OrgArea;
  /** In the demo county (false for the other regions' organisations). */
  home: boolean;
  municipalityCode?: string;
  parentKey?: string;
  /** Services arrive through the Lähellä.fi integration. */
  lahella?: boolean;
  web?: string;
}

const fi = ['fi'] as const;
const fiSv = ['fi', 'sv'] as const;
const svFi = ['sv', 'fi'] as const;

// Y-tunnus check digit (weights 7,9,10,5,8,4,2); a remainder of 1 has no valid digit, so the base is bumped.
function demoBusinessCode(key: string): string {
  let base = parseInt(stableGuid(`business:${key}`).replace(/-/g, '').slice(0, 7), 16) % 10_000_000;
  for (;;) {
    const digits = String(base).padStart(7, '0');
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    const remainder = sum % 11;
    if (remainder !== 1) return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
    base = (base + 1) % 10_000_000;
  }
}

type OrgInput = Omit<DemoOrg, 'id' | 'businessCode'> & { businessCode?: string };

function org(input: OrgInput): DemoOrg {
  return { ...input, id: stableGuid(`organization:${input.key}`), businessCode: input.businessCode ?? demoBusinessCode(input.key) };
}

function municipality(key: string, code: string, name: DemoOrg['name'], languages: DemoOrg['languages'], businessCode: string, home: boolean, web: string): DemoOrg {
  return org({ key, name, organizationType: 'Municipality', group: 'municipality', languages, businessCode, area: { kind: 'municipalities', codes: [code] }, home, municipalityCode: code, web });
}

function ngo(key: string, name: DemoOrg['name'], languages: DemoOrg['languages'], area: OrgArea, home: boolean, extra: Partial<OrgInput> = {}): DemoOrg {
  return org({ key, name, organizationType: 'Organization', group: 'ngo', languages, area, home, ...extra });
}

function parish(key: string, name: DemoOrg['name'], languages: DemoOrg['languages'], codes: string[], parentKey?: string): DemoOrg {
  return org({ key, name, organizationType: 'Organization', group: 'parish', languages, area: { kind: 'municipalities', codes }, home: true, ...(parentKey ? { parentKey } : {}) });
}

function state(key: string, name: DemoOrg['name'], alternativeName: string | undefined, area: OrgArea, web: string): DemoOrg {
  return org({ key, name, organizationType: 'State', group: 'national', languages: fiSv, area, home: true, web, ...(alternativeName ? { alternativeName } : {}) });
}

const mllBranch = (key: string, code: string, fiName: string, svName: string, languages: DemoOrg['languages'], home = true): DemoOrg =>
  ngo(key, { fi: fiName, sv: svName }, languages, { kind: 'municipalities', codes: [code] }, home, { lahella: true, parentKey: 'mll-uusimaa', municipalityCode: code });

/** Every demo organisation, in a fixed order (the output order). */
export const demoOrganizations: readonly DemoOrg[] = [
  org({ key: 'ita-uusimaa', name: { fi: 'Itä-Uudenmaan hyvinvointialue', sv: 'Östra Nylands välfärdsområde' }, organizationType: 'RegionalOrganization', group: 'county', languages: fiSv, area: { kind: 'county', region: 'Itä-Uudenmaan hyvinvointialue' }, home: true, web: 'https://itauusimaa.fi' }),
  municipality('askola', '018', { fi: 'Askolan kunta', sv: 'Askola kommun' }, fi, '9000162-0', true, 'https://www.askola.fi'),
  municipality('lapinjarvi', '407', { fi: 'Lapinjärven kunta', sv: 'Lappträsk kommun' }, fiSv, '0203135-3', true, 'https://www.lapinjarvi.fi'),
  municipality('loviisa', '434', { fi: 'Loviisan kaupunki', sv: 'Lovisa stad' }, fiSv, '0203263-9', true, 'https://www.loviisa.fi'),
  municipality('myrskyla', '504', { fi: 'Myrskylän kunta', sv: 'Mörskom kommun' }, fi, '0203282-3', true, 'https://www.myrskyla.fi'),
  municipality('pukkila', '616', { fi: 'Pukkilan kunta', sv: 'Pukkila kommun' }, fi, '0130729-0', true, 'https://www.pukkila.fi'),
  municipality('porvoo', '638', { fi: 'Porvoon kaupunki', sv: 'Borgå stad' }, fiSv, '1061512-1', true, 'https://www.porvoo.fi'),
  municipality('sipoo', '753', { fi: 'Sipoon kunta', sv: 'Sibbo kommun' }, fiSv, '0203533-8', true, 'https://www.sipoo.fi'),
  // Other regions: their services are limited to their own areas, except where they were entered wrongly.
  org({ key: 'keski-uusimaa', name: { fi: 'Keski-Uudenmaan hyvinvointialue', sv: 'Mellersta Nylands välfärdsområde' }, organizationType: 'RegionalOrganization', group: 'county', languages: fi, area: { kind: 'county', region: 'Keski-Uudenmaan hyvinvointialue' }, home: false, web: 'https://www.keusote.fi' }),
  org({ key: 'pirkanmaa', name: { fi: 'Pirkanmaan hyvinvointialue', sv: 'Birkalands välfärdsområde' }, organizationType: 'RegionalOrganization', group: 'county', languages: fi, area: { kind: 'county', region: 'Pirkanmaan hyvinvointialue' }, home: false, web: 'https://www.pirha.fi' }),
  org({ key: 'vantaa-kerava', name: { fi: 'Vantaan ja Keravan hyvinvointialue', sv: 'Vanda och Kervo välfärdsområde' }, organizationType: 'RegionalOrganization', group: 'county', languages: fiSv, area: { kind: 'county', region: 'Vantaan ja Keravan hyvinvointialue' }, home: false, web: 'https://vakehyva.fi' }),
  org({ key: 'kymenlaakso', name: { fi: 'Kymenlaakson hyvinvointialue', sv: 'Kymmenedalens välfärdsområde' }, organizationType: 'RegionalOrganization', group: 'county', languages: fi, area: { kind: 'county', region: 'Kymenlaakson hyvinvointialue' }, home: false, web: 'https://kymenhva.fi' }),
  org({ key: 'paijat-hame', name: { fi: 'Päijät-Hämeen hyvinvointialue', sv: 'Päijänne-Tavastlands välfärdsområde' }, organizationType: 'RegionalOrganization', group: 'county', languages: fi, area: { kind: 'county', region: 'Päijät-Hämeen hyvinvointialue' }, home: false, web: 'https://paijatha.fi' }),
  municipality('helsinki', '091', { fi: 'Helsingin kaupunki', sv: 'Helsingfors stad' }, fiSv, '0201256-6', false, 'https://www.hel.fi'),
  municipality('vantaa', '092', { fi: 'Vantaan kaupunki', sv: 'Vanda stad' }, fiSv, '0124610-9', false, 'https://www.vantaa.fi'),
  municipality('espoo', '049', { fi: 'Espoon kaupunki', sv: 'Esbo stad' }, fiSv, '0101263-6', false, 'https://www.espoo.fi'),
  municipality('pornainen', '611', { fi: 'Pornaisten kunta', sv: 'Borgnäs kommun' }, fi, '0130095-3', false, 'https://www.pornainen.fi'),
  municipality('jarvenpaa', '186', { fi: 'Järvenpään kaupunki', sv: 'Träskända stad' }, fi, '0126541-4', false, 'https://www.jarvenpaa.fi'),
  municipality('tampere', '837', { fi: 'Tampereen kaupunki', sv: 'Tammerfors stad' }, fi, '0211675-2', false, 'https://www.tampere.fi'),
  municipality('lahti', '398', { fi: 'Lahden kaupunki', sv: 'Lahtis stad' }, fi, '0149669-3', false, 'https://www.lahti.fi'),
  municipality('hyvinkaa', '106', { fi: 'Hyvinkään kaupunki', sv: 'Hyvinge stad' }, fi, '0125866-0', false, 'https://www.hyvinkaa.fi'),
  municipality('kerava', '245', { fi: 'Keravan kaupunki', sv: 'Kervo stad' }, fi, '0127485-5', false, 'https://www.kerava.fi'),
  municipality('tuusula', '858', { fi: 'Tuusulan kunta', sv: 'Tusby kommun' }, fi, '0131661-3', false, 'https://www.tuusula.fi'),
  municipality('nurmijarvi', '543', { fi: 'Nurmijärven kunta', sv: 'Nurmijärvi kommun' }, fi, '9014643-2', false, 'https://www.nurmijarvi.fi'),
  municipality('mantsala', '505', { fi: 'Mäntsälän kunta', sv: 'Mäntsälä kommun' }, fi, '0129261-5', false, 'https://www.mantsala.fi'),
  municipality('kotka', '285', { fi: 'Kotkan kaupunki', sv: 'Kotka stad' }, fi, '0160225-7', false, 'https://www.kotka.fi'),
  // State bodies.
  state('kela', { fi: 'Kansaneläkelaitos', sv: 'Folkpensionsanstalten' }, 'Kela', { kind: 'nationwideExceptAland' }, 'https://www.kela.fi'),
  state('thl', { fi: 'Terveyden ja hyvinvoinnin laitos', sv: 'Institutet för hälsa och välfärd' }, 'THL', { kind: 'nationwide' }, 'https://thl.fi'),
  state('dvv', { fi: 'Digi- ja väestötietovirasto', sv: 'Myndigheten för digitalisering och befolkningsdata' }, 'DVV', { kind: 'nationwide' }, 'https://dvv.fi'),
  state('verohallinto', { fi: 'Verohallinto', sv: 'Skatteförvaltningen' }, undefined, { kind: 'nationwide' }, 'https://www.vero.fi'),
  state('traficom', { fi: 'Liikenne- ja viestintävirasto Traficom', sv: 'Transport- och kommunikationsverket Traficom' }, 'Traficom', { kind: 'nationwide' }, 'https://www.traficom.fi'),
  state('poliisi', { fi: 'Poliisi', sv: 'Polisen' }, undefined, { kind: 'nationwide' }, 'https://poliisi.fi'),
  state('oikeusapu', { fi: 'Etelä-Suomen oikeusapu- ja edunvalvontapiiri', sv: 'Södra Finlands rättshjälps- och intressebevakningsdistrikt' }, undefined, { kind: 'uusimaa' }, 'https://oikeus.fi'),
  // National and regional NGOs maintain their own PTV descriptions.
  ngo('mll-keskusjarjesto', { fi: 'Mannerheimin Lastensuojeluliitto ry', sv: 'Mannerheims Barnskyddsförbund rf' }, fiSv, { kind: 'nationwide' }, true, { alternativeName: 'MLL', web: 'https://www.mll.fi' }),
  ngo('mll-uusimaa', { fi: 'MLL:n Uudenmaan piiri ry', sv: 'MLL:s Nylands distrikt rf' }, fiSv, { kind: 'uusimaa' }, true, { parentKey: 'mll-keskusjarjesto' }),
  ngo('ensi-ja-turvakotien-liitto', { fi: 'Ensi- ja turvakotien liitto ry', sv: 'Förbundet för mödra- och skyddshem rf' }, fiSv, { kind: 'nationwide' }, true, { web: 'https://ensijaturvakotienliitto.fi' }),
  ngo('helsingin-ensi-ja-turvakoti', { fi: 'Helsingin Ensi- ja turvakoti ry', sv: 'Helsingfors Mödra- och skyddshem rf' }, fiSv, { kind: 'uusimaa' }, true, { parentKey: 'ensi-ja-turvakotien-liitto' }),
  ngo('vaestoliitto', { fi: 'Väestöliitto ry', sv: 'Befolkningsförbundet rf' }, fiSv, { kind: 'nationwide' }, true, { web: 'https://www.vaestoliitto.fi' }),
  ngo('pelastakaa-lapset', { fi: 'Pelastakaa Lapset ry', sv: 'Rädda Barnen rf' }, fiSv, { kind: 'nationwideExceptAland' }, true),
  ngo('yhden-vanhemman-perheiden-liitto', { fi: 'Yhden Vanhemman Perheiden Liitto ry', sv: 'Enförälderfamiljernas Förbund rf' }, fiSv, { kind: 'nationwide' }, true),
  ngo('mieli', { fi: 'MIELI Suomen Mielenterveys ry', sv: 'MIELI Psykisk Hälsa Finland rf' }, fiSv, { kind: 'nationwide' }, true),
  ngo('folkhalsan-borga', { fi: 'Folkhälsan i Borgå rf', sv: 'Folkhälsan i Borgå rf' }, svFi, { kind: 'municipalities', codes: ['638'] }, true, { municipalityCode: '638' }),
  ngo('folkhalsan-lovisa', { fi: 'Folkhälsan i Lovisa rf', sv: 'Folkhälsan i Lovisa rf' }, svFi, { kind: 'municipalities', codes: ['434'] }, true, { municipalityCode: '434' }),
  ngo('folkhalsan-sibbo', { fi: 'Folkhälsan i Sibbo rf', sv: 'Folkhälsan i Sibbo rf' }, svFi, { kind: 'municipalities', codes: ['753'] }, true, { municipalityCode: '753' }),
  // Local associations whose announcements come through Lähellä.fi.
  mllBranch('mll-askola', '018', 'MLL:n Askolan yhdistys ry', 'MLL:s förening i Askola rf', fi),
  mllBranch('mll-lapinjarvi', '407', 'MLL:n Lapinjärven yhdistys ry', 'MLL:s förening i Lappträsk rf', fiSv),
  mllBranch('mll-loviisa', '434', 'MLL:n Loviisan yhdistys ry', 'MLL:s förening i Lovisa rf', fiSv),
  mllBranch('mll-myrskyla', '504', 'MLL:n Myrskylän yhdistys ry', 'MLL:s förening i Mörskom rf', fi),
  mllBranch('mll-pukkila', '616', 'MLL:n Pukkilan yhdistys ry', 'MLL:s förening i Pukkila rf', fi),
  mllBranch('mll-porvoo', '638', 'MLL:n Porvoon yhdistys ry', 'MLL:s förening i Borgå rf', fiSv),
  mllBranch('mll-sipoo', '753', 'MLL:n Sipoon yhdistys ry', 'MLL:s förening i Sibbo rf', fiSv),
  mllBranch('mll-pornainen', '611', 'MLL:n Pornaisten yhdistys ry', 'MLL:s förening i Borgnäs rf', fi, false),
  ngo('porvoon-seudun-mielenterveysseura', { fi: 'Porvoon Seudun Mielenterveysseura ry', sv: 'Borgånejdens Mentalvårdsförening rf' }, fiSv, { kind: 'eastUusimaaSubRegion' }, true, { lahella: true }),
  ngo('4h-porvoo', { fi: 'Porvoon 4H-yhdistys ry', sv: 'Borgå 4H-förening rf' }, fiSv, { kind: 'municipalities', codes: ['638'] }, true, { lahella: true }),
  ngo('4h-sipoo', { fi: 'Sipoon 4H-yhdistys ry', sv: 'Sibbo 4H-förening rf' }, fiSv, { kind: 'municipalities', codes: ['753'] }, true, { lahella: true }),
  ngo('spr-porvoo', { fi: 'Suomen Punainen Risti, Porvoon osasto', sv: 'Finlands Röda Kors, Borgå avdelning' }, fiSv, { kind: 'municipalities', codes: ['638', '018'] }, true, { lahella: true }),
  ngo('uudenmaan-martat', { fi: 'Uudenmaan Martat ry', sv: 'Nylands Martha-förening rf' }, fi, { kind: 'uusimaa' }, true, { lahella: true }),
  ngo('porvoon-kennelyhdistys', { fi: 'Porvoon Seudun Kennelyhdistys ry', sv: 'Borgånejdens Kennelförening rf' }, fi, { kind: 'municipalities', codes: ['638', '753', '434'] }, true, { lahella: true }),
  // Parishes of the Evangelical Lutheran Church; the Porvoo union runs family counselling for all of them.
  parish('porvoon-seurakuntayhtyma', { fi: 'Porvoon seurakuntayhtymä', sv: 'Borgå kyrkliga samfällighet' }, fiSv, ['638', '018']),
  parish('porvoon-suomalainen-srk', { fi: 'Porvoon suomalainen seurakunta', sv: 'Borgå finska församling' }, fi, ['638'], 'porvoon-seurakuntayhtyma'),
  parish('borga-domkyrkoforsamling', { fi: 'Porvoon ruotsalainen tuomiokirkkoseurakunta', sv: 'Borgå svenska domkyrkoförsamling' }, svFi, ['638'], 'porvoon-seurakuntayhtyma'),
  parish('askolan-srk', { fi: 'Askolan seurakunta', sv: 'Askola församling' }, fi, ['018'], 'porvoon-seurakuntayhtyma'),
  parish('loviisan-suomalainen-srk', { fi: 'Loviisan suomalainen seurakunta', sv: 'Lovisa finska församling' }, fi, ['434']),
  parish('lovisa-svenska-forsamling', { fi: 'Loviisan ruotsalainen seurakunta', sv: 'Lovisa svenska församling' }, svFi, ['434']),
  parish('sipoon-suomalainen-srk', { fi: 'Sipoon suomalainen seurakunta', sv: 'Sibbo finska församling' }, fi, ['753']),
  parish('sibbo-svenska-forsamling', { fi: 'Sipoon ruotsalainen seurakunta', sv: 'Sibbo svenska församling' }, svFi, ['753']),
  parish('lapinjarven-srk', { fi: 'Lapinjärven seurakunta', sv: 'Lappträsk församling' }, fiSv, ['407']),
  parish('myrskylan-srk', { fi: 'Myrskylän seurakunta', sv: 'Mörskom församling' }, fi, ['504']),
  parish('pukkilan-srk', { fi: 'Pukkilan seurakunta', sv: 'Pukkila församling' }, fi, ['616']),
  // Companies that produce some county services (procured); they publish no services of their own.
  org({ key: 'attendo', name: { fi: 'Attendo Oy', sv: 'Attendo Ab' }, organizationType: 'Company', group: 'company', languages: fi, area: { kind: 'nationwide' }, home: true }),
  org({ key: 'mehilainen', name: { fi: 'Mehiläinen Oy', sv: 'Mehiläinen Ab' }, organizationType: 'Company', group: 'company', languages: fi, area: { kind: 'nationwide' }, home: true }),
];

const byKey = new Map(demoOrganizations.map((o) => [o.key, o]));

/** One demo organisation by key; throws on an unknown key. */
export function demoOrg(key: string): DemoOrg {
  const found = byKey.get(key);
  if (!found) throw new Error(`demo data: unknown organisation "${key}"`);
  return found;
}
