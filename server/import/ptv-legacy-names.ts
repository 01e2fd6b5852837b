/**
 * Older PTV API versions (v6–v10) used other names for some fields and values.
 * They are mapped to the v11 names here, and only here.
 */

/** Service field renames: old name → v11 name. */
export const legacyServiceFields: Readonly<Record<string, string>> = {
  statutoryServiceGeneralDescriptionId: 'generalDescriptionId',
};

/** areaType values: internal/older → v11. */
export const legacyAreaTypes: Readonly<Record<string, string>> = {
  WholeCountry: 'Nationwide',
  WholeCountryExceptAlandIslands: 'NationwideExceptAlandIslands',
  AreaType: 'LimitedType',
};

/** areas[].type values: internal/URL names → JSON names. */
export const legacyAreaEntryTypes: Readonly<Record<string, string>> = {
  Province: 'Region',
  BusinessRegions: 'BusinessSubRegion',
  HospitalRegions: 'HospitalDistrict',
};

/** serviceDescriptions[].type values. */
export const legacyDescriptionTypes: Readonly<Record<string, string>> = {
  ShortDescription: 'Summary',
  ServiceUserInstruction: 'UserInstruction',
};

/** Which API shape a service record is in, judged by fields only some versions have. */
export function detectServiceShape(record: Record<string, unknown>): string {
  if ('statutoryServiceGeneralDescriptionId' in record) return 'modified' in record ? 'v7' : 'v6';
  if ('responsibleSoteOrganization' in record || hasNewUris(record)) return 'v11';
  if ('subType' in record) return 'v9';
  return 'v8';
}

function hasNewUris(record: Record<string, unknown>): boolean {
  for (const field of ['serviceClasses', 'targetGroups', 'lifeEvents']) {
    const list = record[field];
    if (Array.isArray(list) && list.some((item) => item && typeof item === 'object' && 'newUri' in item)) return true;
  }
  return false;
}

/** The v11 name for an older one; any other value (even "constructor") comes back as it was. */
export function mapLegacy(table: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(table, value) ? (table[value] as string) : value;
}
