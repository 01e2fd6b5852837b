import regionsData from './regions.json';

/**
 * Reference data: the 21 wellbeing services counties (hyvinvointialueet) of
 * mainland Finland plus the City of Helsinki, which organises social, health
 * and rescue services itself — 22 regions — with their member municipalities,
 * as they stand in 2025–2026. Åland is not included.
 *
 * Where the codes come from:
 * - Region codes: Statistics Finland's classification "Hyvinvointialueet"
 *   (hyvinvointialue, 2023 onwards; also published as a code list on
 *   koodistot.suomi.fi): 01–21 for the counties, 90 for the City of Helsinki
 *   (91 is Åland, left out here).
 * - Municipality codes and fi/sv names: Statistics Finland / DVV municipality
 *   codes as carried in PTV's Municipality.json (shared/reference/ptv-codes).
 * - Membership: the counties follow the regions (maakunnat) as they stand
 *   from 2021-01-01 (Heinävesi, Joroinen, Iitti, Kuhmoinen and Isokyrö moved
 *   region then), except that Uusimaa is split into Helsinki, Itä-, Keski- and
 *   Länsi-Uusimaa and Vantaa–Kerava. Merged away and therefore absent:
 *   Valtimo (911, into Nurmes 2020) and Honkajoki (099, into Kankaanpää 2021).
 *   No mainland mergers took effect 2022–2025.
 *
 * These are defaults only: an articles file's `regions` may override them.
 * The data itself is in regions.json (one region a line).
 */

export interface MunicipalityRef {
  code: string;
  name: { fi: string; sv: string };
}

export interface RegionRef {
  code: string;
  name: { fi: string; sv: string };
  municipalities: readonly MunicipalityRef[];
}

export const wellbeingRegions: readonly RegionRef[] = regionsData;
