import { wellbeingRegions, type RegionRef } from '../../shared/reference-data/regions';

/**
 * Where the demo happens: the Itä-Uusimaa county from the shared region reference data,
 * its neighbours, and the PTV `areas[]` entries built from them. Region membership is
 * read, never restated, so the demo follows the reference data when it is corrected.
 */

export const demoCountyName = 'Itä-Uudenmaan hyvinvointialue';

/** The demo county; throws if the reference data does not (yet) have it. */
export function demoCounty(): RegionRef {
  return regionByName(demoCountyName);
}

/** A region of the reference data by its Finnish name. */
export function regionByName(fi: string): RegionRef {
  const region = wellbeingRegions.find((r) => r.name.fi === fi);
  if (!region) throw new Error(`demo data: region "${fi}" is missing from shared/reference-data/regions.ts`);
  return region;
}

const municipalityNames = new Map(wellbeingRegions.flatMap((r) => r.municipalities.map((m) => [m.code, m.name] as const)));

/** Finnish and Swedish name of a municipality code. */
export function municipalityName(code: string): { fi: string; sv: string } {
  const name = municipalityNames.get(code);
  if (!name) throw new Error(`demo data: unknown municipality code "${code}"`);
  return name;
}

// Finnish place names take irregular locative endings (Porvoossa, Lapinjärvellä), so they are listed.
const locatives: Record<string, string> = {
  '018': 'Askolassa', '407': 'Lapinjärvellä', '434': 'Loviisassa', '504': 'Myrskylässä', '616': 'Pukkilassa',
  '638': 'Porvoossa', '753': 'Sipoossa', '611': 'Pornaisissa', '091': 'Helsingissä', '092': 'Vantaalla',
  '049': 'Espoossa', '186': 'Järvenpäässä', '837': 'Tampereella', '398': 'Lahdessa', '106': 'Hyvinkäällä',
  '505': 'Mäntsälässä', '543': 'Nurmijärvellä', '858': 'Tuusulassa', '245': 'Keravalla', '285': 'Kotkassa',
};

/** "Porvoossa" / "i Borgå": where a service is offered, for description sentences. */
export function placePhrase(code: string): { fi: string; sv: string } {
  const fi = locatives[code];
  if (!fi) throw new Error(`demo data: no Finnish locative for municipality "${code}"`);
  return { fi, sv: `i ${municipalityName(code).sv}` };
}

type Localized = { value: string; language: string }[];

function names(fi: string, sv: string, en = fi): Localized {
  return [
    { value: fi, language: 'fi' },
    { value: sv, language: 'sv' },
    { value: en, language: 'en' },
  ];
}

function memberList(codes: readonly string[]): { code: string; name: Localized }[] {
  return codes.map((code) => {
    const name = municipalityName(code);
    return { code, name: names(name.fi, name.sv) };
  });
}

/** Municipality-level coverage: one entry without code or name, listing the municipalities (ptv-api.md §3). */
export function municipalityArea(codes: readonly string[]): Record<string, unknown> {
  return { type: 'Municipality', code: null, name: null, municipalities: memberList(codes) };
}

/** A wellbeing services county entry with its code and member municipalities. */
export function wellbeingCountyArea(region: RegionRef): Record<string, unknown> {
  return {
    type: 'WellbeingServiceCounties',
    code: region.code,
    name: names(region.name.fi, region.name.sv),
    municipalities: memberList(region.municipalities.map((m) => m.code)),
  };
}

// Uusimaa (maakunta 01) is exactly the union of these five reference regions.
const uusimaaRegions = ['Itä-Uudenmaan hyvinvointialue', 'Keski-Uudenmaan hyvinvointialue', 'Länsi-Uudenmaan hyvinvointialue', 'Vantaan ja Keravan hyvinvointialue', 'Helsingin kaupunki'];

/** The Uusimaa region (maakunta, PTV area type `Region`), as NGO districts use it. */
export function uusimaaArea(): Record<string, unknown> {
  const codes = uusimaaRegions.flatMap((fi) => regionByName(fi).municipalities.map((m) => m.code)).sort();
  return { type: 'Region', code: '01', name: names('Uusimaa', 'Nyland'), municipalities: memberList(codes) };
}

/** Itä-Uusimaan seutu (BusinessRegion.json 89011): the county without Sipoo. */
export function eastUusimaaSubRegionArea(): Record<string, unknown> {
  return {
    type: 'BusinessSubRegion',
    code: '89011',
    name: names('Itä-Uusimaan seutu', 'Östra Nyland', 'Eastern Uusimaa Region'),
    municipalities: memberList(['018', '407', '434', '504', '638', '616']),
  };
}
