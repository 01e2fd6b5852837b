import type { AreaKind, Region, ServiceFacts } from './types';

/** Where a service is available for a region, and what gave it. */
export interface Availability {
  kind: AreaKind;
  via: string;
}

const wellbeingCountyType = 'WellbeingServiceCounties';

/**
 * Whether `service` is available in `region` by its area type and areas (surfacing.md §2).
 * Unknown or missing area types mean "not available", never an error.
 */
export function availabilityIn(
  service: Pick<ServiceFacts, 'areaType' | 'areas'>,
  region: Region,
  regionMunicipalities: ReadonlySet<string> = new Set(region.municipalities),
): Availability | null {
  switch (service.areaType) {
    case 'Nationwide':
      return { kind: 'national', via: 'Nationwide' };
    case 'NationwideExceptAlandIslands':
      return region.alandIslands ? null : { kind: 'national', via: 'NationwideExceptAlandIslands' };
    case 'LimitedType':
      return limitedAvailability(service.areas, region, regionMunicipalities);
    default:
      return null;
  }
}

function limitedAvailability(
  areas: ServiceFacts['areas'],
  region: Region,
  regionMunicipalities: ReadonlySet<string>,
): Availability | null {
  if (areas.some((a) => a.type === wellbeingCountyType && a.code === region.code)) {
    return { kind: 'regional', via: `${wellbeingCountyType}:${region.code}` };
  }
  let lowest: string | null = null;
  let lowestType = '';
  for (const area of areas) {
    for (const municipality of area.municipalities) {
      // Strictly lower keeps the first entry that lists the lowest code.
      if (regionMunicipalities.has(municipality) && (lowest === null || municipality < lowest)) {
        lowest = municipality;
        lowestType = area.type;
      }
    }
  }
  return lowest === null ? null : { kind: 'regional', via: `${lowestType}:${lowest}` };
}
