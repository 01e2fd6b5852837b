import { eq } from 'drizzle-orm';
import type { Region } from '../../shared/domain/types';
import { wellbeingRegions } from '../../shared/reference-data/regions';
import type { Db } from '../client';
import { municipalities, regionMunicipalities, regions } from '../schema/index';

/** Inserts the shipped regions and municipalities that are not in the database yet. */
export function ensureReferenceRegions(db: Db): void {
  const existing = new Set(db.select({ code: regions.code }).from(regions).all().map((r) => r.code));
  if (wellbeingRegions.every((r) => existing.has(r.code))) return;
  const now = new Date().toISOString();
  db.transaction((tx) => {
    for (const region of wellbeingRegions) {
      if (existing.has(region.code)) continue;
      tx.insert(regions).values({ code: region.code, nameFi: region.name.fi, nameSv: region.name.sv, source: 'reference', updatedAt: now }).run();
      for (const m of region.municipalities) {
        tx.insert(municipalities).values({ code: m.code, nameFi: m.name.fi, nameSv: m.name.sv }).onConflictDoNothing().run();
        tx.insert(regionMunicipalities).values({ regionCode: region.code, municipalityCode: m.code }).run();
      }
    }
  });
}

/** Replaces (or adds) regions defined by an articles file; call inside a write transaction. */
export function upsertRegions(db: Db, defined: readonly Region[], now: string): void {
  for (const region of defined) {
    const values = { nameFi: region.name.fi, nameSv: region.name.sv, alandIslands: region.alandIslands ?? false, source: 'file', updatedAt: now };
    db.insert(regions).values({ code: region.code, ...values }).onConflictDoUpdate({ target: regions.code, set: values }).run();
    db.delete(regionMunicipalities).where(eq(regionMunicipalities.regionCode, region.code)).run();
    for (const code of new Set(region.municipalities)) {
      db.insert(regionMunicipalities).values({ regionCode: region.code, municipalityCode: code }).run();
    }
  }
}

/** All regions with their municipality codes, ordered by code. */
export function loadRegions(db: Db): Region[] {
  const members = new Map<string, string[]>();
  for (const row of db.select().from(regionMunicipalities).all()) {
    const list = members.get(row.regionCode) ?? [];
    list.push(row.municipalityCode);
    members.set(row.regionCode, list);
  }
  return db
    .select()
    .from(regions)
    .orderBy(regions.code)
    .all()
    .map((r) => ({
      code: r.code,
      name: { fi: r.nameFi, sv: r.nameSv },
      municipalities: (members.get(r.code) ?? []).sort(),
      ...(r.alandIslands ? { alandIslands: true } : {}),
    }));
}

export function findRegion(db: Db, code: string): Region | undefined {
  return loadRegions(db).find((r) => r.code === code);
}

/** Municipality names by 3-digit code. */
export function loadMunicipalityNames(db: Db): Record<string, { fi: string; sv: string }> {
  return Object.fromEntries(db.select().from(municipalities).all().map((m) => [m.code, { fi: m.nameFi, sv: m.nameSv }]));
}
