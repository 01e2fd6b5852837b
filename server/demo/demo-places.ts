/**
 * Districts where the demo opens clinics and day care centres ("Lastenneuvola, Näse",
 * "Päiväkoti Hamari"). Real district names with their Swedish forms; larger towns publish
 * one service per unit, as some do in PTV, which gives the catalogue its long tail.
 */

export interface Place {
  fi: string;
  sv: string;
}

const same = (name: string): Place => ({ fi: name, sv: name });

const districts: Record<string, readonly Place[]> = {
  '638': [
    same('Näse'), { fi: 'Kevätkumpu', sv: 'Vårberga' }, same('Gammelbacka'), { fi: 'Hamari', sv: 'Hammars' },
    { fi: 'Kerkkoo', sv: 'Kerko' }, { fi: 'Tolkkinen', sv: 'Tolkis' }, { fi: 'Kulloo', sv: 'Kullo' },
    { fi: 'Pellinki', sv: 'Pellinge' }, { fi: 'Jakari', sv: 'Jackarby' }, same('Skaftkärr'),
    { fi: 'Ilola', sv: 'Illby' }, { fi: 'Kuninkaanportti', sv: 'Kungsporten' },
  ],
  '753': [
    { fi: 'Nikkilä', sv: 'Nickby' }, same('Söderkulla'), same('Talma'), same('Box'),
    { fi: 'Kalkkiranta', sv: 'Kalkstrand' }, { fi: 'Paippinen', sv: 'Pajböle' }, same('Hindsby'),
  ],
  '434': [
    { fi: 'Harmaala', sv: 'Gråberg' }, { fi: 'Valko', sv: 'Valkom' }, { fi: 'Ruotsinpyhtää', sv: 'Strömfors' },
    { fi: 'Pernaja', sv: 'Pernå' }, same('Liljendal'), { fi: 'Tesjoki', sv: 'Tessjö' },
  ],
  '018': [{ fi: 'Monninkylä', sv: 'Monby' }, { fi: 'Juornaankylä', sv: 'Jordanböle' }, same('Vakkola')],
  '407': [{ fi: 'Kirkonkylä', sv: 'Kyrkoby' }, { fi: 'Porlammi', sv: 'Porlom' }],
  '504': [{ fi: 'Kirkonkylä', sv: 'Kyrkoby' }],
  '616': [{ fi: 'Kirkonkylä', sv: 'Kyrkoby' }],
  '091': [
    { fi: 'Kallio', sv: 'Berghäll' }, { fi: 'Vallila', sv: 'Vallgård' }, { fi: 'Herttoniemi', sv: 'Hertonäs' },
    { fi: 'Malmi', sv: 'Malm' }, { fi: 'Kannelmäki', sv: 'Gamlas' }, { fi: 'Vuosaari', sv: 'Nordsjö' },
    { fi: 'Lauttasaari', sv: 'Drumsö' }, { fi: 'Munkkiniemi', sv: 'Munksnäs' }, { fi: 'Pasila', sv: 'Böle' },
    { fi: 'Kontula', sv: 'Gårdsbacka' }, { fi: 'Kumpula', sv: 'Gumtäkt' }, { fi: 'Toukola', sv: 'Majstad' },
    { fi: 'Pihlajamäki', sv: 'Rönnbacka' }, { fi: 'Maunula', sv: 'Månsas' }, { fi: 'Itäkeskus', sv: 'Östra centrum' },
  ],
  '837': ['Hervanta', 'Kaleva', 'Tesoma', 'Lielahti', 'Peltolammi', 'Linnainmaa', 'Tammela', 'Pispala', 'Annala', 'Kaukajärvi'].map(same),
  '092': [{ fi: 'Tikkurila', sv: 'Dickursby' }, { fi: 'Myyrmäki', sv: 'Myrbacka' }, { fi: 'Korso', sv: 'Korsnäs' }, { fi: 'Hakunila', sv: 'Håkansböle' }],
  '049': [{ fi: 'Tapiola', sv: 'Hagalund' }, { fi: 'Leppävaara', sv: 'Alberga' }, { fi: 'Espoon keskus', sv: 'Esbo centrum' }, { fi: 'Matinkylä', sv: 'Mattby' }],
};

/** Districts of a municipality (empty when the demo keeps it to one unit). */
export function districtsOf(code: string): readonly Place[] {
  return districts[code] ?? [];
}

// How many clinics per municipality: bigger towns run several, small ones one.
const clinicCounts: Record<string, number> = { '638': 3, '753': 2, '434': 2, '091': 6, '837': 4, '092': 3, '049': 3 };

/** The clinics (neuvolat) of a municipality; null means one clinic named after the municipality. */
export function clinicsOf(code: string): readonly (Place | null)[] {
  const count = clinicCounts[code] ?? 1;
  return count === 1 ? [null] : districtsOf(code).slice(0, count);
}

/** The day care centres of a municipality, one per district. */
export function dayCareCentresOf(code: string): readonly Place[] {
  return districtsOf(code);
}
