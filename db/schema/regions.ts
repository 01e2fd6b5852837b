import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Wellbeing services counties (and Helsinki); reference data, overridable by an articles file. */
export const regions = sqliteTable('regions', {
  code: text('code').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  alandIslands: integer('aland_islands', { mode: 'boolean' }).notNull().default(false),
  /** `reference` when shipped with the product, `file` when an articles file defined it. */
  source: text('source').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const municipalities = sqliteTable('municipalities', {
  code: text('code').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
});

/** Which municipalities a region covers; a custom region may overlap a reference one. */
export const regionMunicipalities = sqliteTable(
  'region_municipalities',
  {
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.municipalityCode] })],
);
