/**
 * Normalising hand-written PTV edge cases (test/fixtures/ptv): null lists, empty names,
 * every area entry type, unknown fields and enum values, prototype keys, and records that
 * must be refused with their JSON path.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSnapshotServices } from '../../db/queries/catalogue';
import type { CatalogueService } from '../../shared/domain/catalogue-service';
import { FileSource } from '../../server/import/file-source';
import { ImportError } from '../../server/import/import-error';
import { importPtv } from '../../server/import/import-ptv';
import { normalizeRecord } from '../../server/import/ptv-normalize';
import { dumpTables, tempDb } from '../helpers/temp-db';

const fixtures = join(import.meta.dirname, '../fixtures/ptv');
const sid = (n: string) => `e0000000-0000-4000-8000-${n.padStart(12, '0')}`;

/** Imports a fixture file and returns the stored services by id. */
async function importFixture(name: string): Promise<Map<string, CatalogueService>> {
  const { handle } = tempDb();
  const result = await importPtv(handle, new FileSource(join(fixtures, name)));
  if (result.snapshotId === null) throw new Error('no snapshot');
  return new Map(loadSnapshotServices(handle, result.snapshotId).map(({ service }) => [service.id, service]));
}

function normalizeError(value: unknown, path = '$.itemList[7]'): string {
  try {
    normalizeRecord(value, 'dump.json', path);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected an ImportError');
}

const published = { serviceNames: [{ language: 'fi', value: 'Palvelu', type: 'Name' }], publishingStatus: 'Published', areaType: 'Nationwide' };

describe('edge cases stored as surfacing needs them (edge-cases.json)', () => {
  it('null lists read as empty lists; serviceNames [] gives no name; the id is lowercased', async () => {
    const s = (await importFixture('edge-cases.json')).get(sid('1'));
    expect(s).toMatchObject({
      areaType: 'Nationwide',
      areas: [],
      keywords: [],
      serviceClasses: [],
      targetGroups: [],
      lifeEvents: [],
      organizations: [],
      languages: [],
      name: {},
      summary: {},
      responsibleOrganizationId: null,
      modified: '2026-01-02T03:04:05Z',
    });
  });

  it('Region, BusinessSubRegion and HospitalDistrict entries keep their member municipalities (padded to 3 digits)', async () => {
    const s = (await importFixture('edge-cases.json')).get(sid('2'));
    expect(s?.areaType).toBe('LimitedType');
    expect(s?.areas).toEqual([
      { type: 'Region', code: '05', municipalities: ['109', '165'] },
      { type: 'BusinessSubRegion', code: '88942', municipalities: ['049', '257'] },
      { type: 'HospitalDistrict', code: '25', municipalities: ['091'] },
      { type: 'Municipality', code: null, municipalities: ['018', '407'] },
    ]);
    expect(s?.name).toEqual({ fi: 'Perhevalmennus', en: 'Family coaching' });
    expect([s?.keywords, s?.serviceClasses, s?.targetGroups, s?.lifeEvents]).toEqual([['http://www.yso.fi/onto/koko/p1'], ['P3.2'], ['KR1.2'], ['KE1']]);
  });

  it('a WellbeingServiceCounties entry keeps its code; codes missing from `code` are read from the code URI', async () => {
    const s = (await importFixture('edge-cases.json')).get(sid('3'));
    expect(s?.areas).toEqual([{ type: 'WellbeingServiceCounties', code: '16', municipalities: ['398', '111'] }]);
    expect(s?.name).toEqual({ sv: 'Familjerådgivning' });
    expect(s?.serviceClasses).toEqual(['P3.7']);
    expect(s?.targetGroups).toEqual(['KR1.2']);
  });

  it('unknown extra fields are ignored; unknown areaType, entry type and status are stored as they came', async () => {
    const s = (await importFixture('edge-cases.json')).get(sid('4'));
    expect(s).toMatchObject({ areaType: 'SomeFutureAreaType', publishingStatus: 'SomeFutureStatus', name: { fi: 'Uusi aluetyyppi' } });
    expect(s?.areas).toEqual([{ type: 'SomeFutureEntryType', code: 'X1', municipalities: ['018'] }]);
    expect(s).not.toHaveProperty('futureField');
    expect(s).not.toHaveProperty('versionId');
    expect(s).not.toHaveProperty('mainOrganization');
  });

  it('legacy area entry names map to the JSON names; only member lists count, not the entry code itself; repeated terms count once', async () => {
    const s = (await importFixture('edge-cases.json')).get(sid('5'));
    expect(s?.areas).toEqual([
      { type: 'Region', code: '01', municipalities: ['018'] },
      { type: 'BusinessSubRegion', code: '88942', municipalities: [] },
      { type: 'HospitalDistrict', code: '25', municipalities: [] },
      { type: 'Municipality', code: '91', municipalities: [] },
    ]);
    expect(s?.keywords).toEqual(['http://www.yso.fi/onto/koko/p1']);
  });

  // mapLegacy looks values up in a plain object, so names of Object.prototype members
  // come back as functions/objects instead of the value itself.
  it('areaType and entry type values that look like Object.prototype members are stored as they came', () => {
    for (const odd of ['constructor', 'toString', '__proto__']) {
      const record = normalizeRecord({ id: 'x', ...published, areaType: odd, areas: [{ type: odd, code: '1', municipalities: [] }] }, 'dump.json', '$');
      expect(record.kind === 'service' && [record.service.areaType, record.service.areas[0]?.type]).toEqual([odd, odd]);
    }
  });
});

describe('prototype keys stay inert (proto-keys.json)', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
    delete (Object.prototype as Record<string, unknown>)['isAdmin'];
  });

  it('importing a record full of __proto__ and constructor keys does not touch Object.prototype', async () => {
    const { handle } = tempDb();
    const result = await importPtv(handle, new FileSource(join(fixtures, 'proto-keys.json')));
    expect(result).toMatchObject({ services: 1, organizations: 1 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const [stored] = loadSnapshotServices(handle, result.snapshotId as number);
    expect(stored?.service).toMatchObject({ name: { fi: 'Saastunut' }, serviceClasses: ['P3.7'], areas: [{ type: 'Municipality', code: null, municipalities: ['018'] }] });
    expect(Object.getPrototypeOf(stored?.service)).toBe(Object.prototype);
    expect((stored?.service as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('refused records', () => {
  it('a service without id fails naming file and JSON path, and nothing is written', async () => {
    const { handle } = tempDb();
    const before = dumpTables(handle);
    const file = join(fixtures, 'missing-id.json');
    await expect(importPtv(handle, new FileSource(file))).rejects.toThrow(new ImportError(file, '$.itemList[1].id: required field is missing'));
    expect(dumpTables(handle)).toEqual(before);
  });

  it('wrong field types name the field path', () => {
    expect(normalizeError({ id: 'x', ...published, serviceClasses: 'P3' })).toBe('dump.json: $.itemList[7].serviceClasses: expected a list or null, got the string "P3"');
    expect(normalizeError({ id: 'x', ...published, ontologyTerms: [{ code: null }] })).toBe('dump.json: $.itemList[7].ontologyTerms[0].uri: required field is missing');
    expect(normalizeError({ id: 'x', ...published, targetGroups: [{ uri: 'http://example.invalid/nothing' }] })).toBe('dump.json: $.itemList[7].targetGroups[0].code: required field is missing');
    expect(normalizeError({ id: 'x', ...published, areas: [{ code: '01' }] })).toBe('dump.json: $.itemList[7].areas[0].type: required field is missing');
    expect(normalizeError({ id: 'x', ...published, areas: [null] })).toBe('dump.json: $.itemList[7].areas[0]: expected an object, got null');
    expect(normalizeError({ id: 42, ...published })).toBe('dump.json: $.itemList[7].id: expected a non-empty string, got number 42');
  });

  it('a record that is no PTV object is refused with its path; channels, code-list items and id stubs are skipped', () => {
    expect(normalizeError(null)).toBe('dump.json: $.itemList[7]: expected a PTV Service or Organization object, got null');
    expect(normalizeError([1])).toContain('$.itemList[7]: expected a PTV Service or Organization object, got a list');
    expect(normalizeError({ hello: 'world' })).toContain('$.itemList[7]: not a PTV Service or Organization');
    expect(normalizeRecord({ id: 'c', serviceChannelType: 'Phone' }, 'f', '$')).toEqual({ kind: 'skipped', what: 'serviceChannel' });
    expect(normalizeRecord({ code: '091', names: [] }, 'f', '$')).toEqual({ kind: 'skipped', what: 'codeListItem' });
    expect(normalizeRecord({ id: 'c', name: 'x' }, 'f', '$')).toEqual({ kind: 'skipped', what: 'idOnly' });
  });

  it('a Lähellä.fi sourceId marks the service source', () => {
    const record = normalizeRecord({ id: 'X-1', sourceId: 'lahella:123', ...published }, 'f', '$');
    expect(record).toMatchObject({ kind: 'service', service: { id: 'x-1', source: 'lahella' } });
  });
});
