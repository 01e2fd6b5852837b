/**
 * Real PTV responses (shared/reference/ptv-samples, read in place): every API shape from
 * v6 to v11 is read, its shape detected, legacy names mapped to v11 and its terms
 * extracted exactly; the trimmed smbackend envelope fails with one line naming the path.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSnapshots, loadSnapshotServices } from '../../db/queries/catalogue';
import type { CatalogueService } from '../../shared/domain/catalogue-service';
import { FileSource, readJsonFile } from '../../server/import/file-source';
import { ImportError } from '../../server/import/import-error';
import { importPtv } from '../../server/import/import-ptv';
import { normalizeRecord, type NormalizedRecord } from '../../server/import/ptv-normalize';
import { dumpTables, tempDb, tempDir } from '../helpers/temp-db';
import { projectRoot } from '../helpers/run-cli';

const samples = join(projectRoot, '..', 'shared', 'reference', 'ptv-samples'); // shared/ sits beside the checkout
const metatavu = (name: string) => `Metatavu_kunta-api-server_${name}.json`;
const files = {
  v6: metatavu('v6-service-00047a04-9c01-48ea-99da-4ec332f6d0fa'),
  v7: metatavu('v7-service-6b979930-048e-4ed4-a80c-0e11ba562dfe'),
  v8: metatavu('v8-service-045f0990-2097-442e-9c11-e24b0f68987f'),
  v9: metatavu('v9-service-4b9f3ded-173b-4018-b43b-d3bbd1ef0ba8'),
  v11single: 'vrk-kpa_auroraai-core-components_etalukio_service.json',
  v11keyed: 'vrk-kpa_auroraai-core-components_services.json',
  smbackend: 'City-of-Helsinki_smbackend_municipality_services.json',
  orgVrk: metatavu('v8-organization-b458d033-042d-4cbe-b030-34e81da28821'),
  orgHelsinki: metatavu('v6-organization-d45ec681-4da3-4a38-af67-fb2d949b9387'),
  channel: 'vrk-kpa_auroraai-core-components_otava_service_channel.json',
  postalEmptyPage: metatavu('codelist-postal-0'),
};

async function readSample(name: string): Promise<{ path: string; record: NormalizedRecord }[]> {
  const out: { path: string; record: NormalizedRecord }[] = [];
  for await (const r of readJsonFile(join(samples, name))) out.push({ path: r.path, record: normalizeRecord(r.value, r.origin, r.path) });
  return out;
}

async function sampleService(name: string): Promise<CatalogueService> {
  const [first, ...rest] = await readSample(name);
  expect(rest).toEqual([]);
  if (first?.record.kind !== 'service') throw new Error(`${name} did not read as a service`);
  return first.record.service;
}

const koko = (...ids: number[]) => ids.map((n) => `http://www.yso.fi/onto/koko/p${n}`);

describe('service shapes v6 … v11', () => {
  it('v6 (Metatavu, 2017): WholeCountry becomes Nationwide; the statutory GD id is the general description', async () => {
    const s = await sampleService(files.v6);
    expect(s).toMatchObject({
      id: '00047a04-9c01-48ea-99da-4ec332f6d0fa',
      shape: 'v6',
      publishingStatus: 'Published',
      areaType: 'Nationwide',
      areas: [],
      generalDescriptionId: '4f34f234-8112-41bd-ae4a-51e8ed93543d',
      name: { fi: 'Romanikielen opetus' },
      responsibleOrganizationId: 'd45ec681-4da3-4a38-af67-fb2d949b9387',
    });
    expect(s.keywords).toEqual(koko(6296, 1275, 14592, 12704));
    expect(s.serviceClasses).toEqual(['P6.2']);
    expect(s.targetGroups).toEqual(['KR1', 'KR1.2']);
    expect(s.lifeEvents).toEqual([]);
  });

  it('v7 (Metatavu, Mikkeli): AreaType becomes LimitedType; ShortDescription is the summary', async () => {
    const s = await sampleService(files.v7);
    expect(s).toMatchObject({
      id: '6b979930-048e-4ed4-a80c-0e11ba562dfe',
      shape: 'v7',
      areaType: 'LimitedType',
      areas: [{ type: 'Municipality', code: null, municipalities: ['491'] }],
      generalDescriptionId: '4c2fc852-4945-46b4-a387-f0f4e8b386ad',
      name: { fi: 'Erityisvarhaiskasvatus' },
      modified: '2017-03-12T20:08:56.36852',
    });
    expect(s.summary.fi).toMatch(/^Varhaiskasvatuksessa tapahtuva erityinen tuki/);
    expect(s.keywords).toEqual(koko(13527));
    expect(s.serviceClasses).toEqual(['P3.4', 'P3']);
    expect(s.targetGroups).toEqual(['KR1', 'KR1.2']);
  });

  it('v8 (Metatavu, Vaasa): names and summaries in fi, sv and en', async () => {
    const s = await sampleService(files.v8);
    expect(s).toMatchObject({
      id: '045f0990-2097-442e-9c11-e24b0f68987f',
      shape: 'v8',
      areaType: 'LimitedType',
      areas: [{ type: 'Municipality', code: null, municipalities: ['905'] }],
      name: { fi: 'Kulttuurinen nuorisotyö', sv: 'Kulturellt ungdomsarbete', en: 'Cultural youth work' },
      languages: ['fi', 'sv', 'en'],
    });
    expect(s.summary.sv).toMatch(/^Det kulturella ungdomsarbetet/);
    expect(s.keywords).toEqual(koko(14497));
    expect(s.serviceClasses).toEqual(['P25.5']);
    expect(s.targetGroups).toEqual(['KR1.3', 'KR1']);
  });

  it('v9 (Metatavu, Naantali): detected by subType', async () => {
    const s = await sampleService(files.v9);
    expect(s).toMatchObject({ id: '4b9f3ded-173b-4018-b43b-d3bbd1ef0ba8', shape: 'v9', areaType: 'LimitedType', modified: '2018-05-03T11:53:58.162746Z' });
    expect(s.areas).toEqual([{ type: 'Municipality', code: null, municipalities: ['529'] }]);
    expect([s.keywords, s.serviceClasses, s.targetGroups]).toEqual([koko(58117), ['P3.4'], ['KR1.2', 'KR1']]);
  });

  it('v11 single object (vrk-kpa etalukio): Nationwide, Name preferred over AlternativeName, producers kept', async () => {
    const s = await sampleService(files.v11single);
    expect(s).toMatchObject({ id: '3668d250-cd80-45c4-abcc-9b2d3a2b3e42', shape: 'v11', areaType: 'Nationwide', name: { fi: 'Nettilukio aikuisille' } });
    expect(s.keywords).toEqual(koko(7822, 66612, 30553, 18628, 18118, 10838, 8146, 61153, 55918, 8533));
    expect(s.serviceClasses).toEqual(['P6.10', 'P6.8', 'P6.13', 'P6']);
    expect(s.targetGroups).toEqual(['KR1']);
    expect(s.responsibleOrganizationId).toBe('df0c2f24-d2bd-4ba7-bdcd-fcfc9f0d65a7');
    expect(s.organizations.map((o) => o.role)).toEqual(['OtherResponsible', 'Responsible', 'Producer', 'Producer']);
  });

  it('v11 id-keyed wrapper (vrk-kpa services.json, Liperi): the wrapped service is read with its key as path', async () => {
    const [entry, ...rest] = await readSample(files.v11keyed);
    expect(rest).toEqual([]);
    expect(entry?.path).toBe('$["6c00d407-d3fd-4c7e-a373-57be9f3b2cff"]');
    if (entry?.record.kind !== 'service') throw new Error('not a service');
    const s = entry.record.service;
    expect(s).toMatchObject({ shape: 'v11', areaType: 'LimitedType', generalDescriptionId: '9403ae40-861d-4a86-ae23-44f4bfc9f572' });
    expect(s.areas).toEqual([{ type: 'Municipality', code: null, municipalities: ['426', '123'] }]);
    expect([s.keywords, s.serviceClasses, s.targetGroups, s.lifeEvents]).toEqual([koko(14592, 1275), ['P6.2'], ['KR1.2', 'KR1'], []]);
  });
});

describe('organisations and other records', () => {
  it('organisations: Name before AlternateName, e-mails de-duplicated', async () => {
    expect(await readSample(files.orgVrk)).toEqual([
      {
        path: '$',
        record: {
          kind: 'organization',
          organization: {
            id: 'b458d033-042d-4cbe-b030-34e81da28821',
            name: { fi: 'Väestörekisterikeskus', sv: 'Befolkningsregistercentralen' },
            organizationType: 'State',
            businessCode: '0245437-2',
            emails: ['kirjaamo@vrk.fi'],
            areaType: 'Nationwide',
            modified: '2017-09-11T00:00:00',
          },
        },
      },
    ]);
    const [helsinki] = await readSample(files.orgHelsinki);
    expect(helsinki?.record).toMatchObject({ kind: 'organization', organization: { name: { fi: 'Helsingin kaupunki' }, organizationType: 'Municipality' } });
  });

  it('a service channel is skipped, an empty code-list page has no records', async () => {
    expect((await readSample(files.channel)).map((r) => r.record)).toEqual([{ kind: 'skipped', what: 'serviceChannel' }]);
    expect(await readSample(files.postalEmptyPage)).toEqual([]);
  });
});

describe('importing the samples', () => {
  it('a folder of v6 … v11 services and organisations becomes one snapshot counting each shape', async () => {
    const { handle } = tempDb();
    const folder = tempDir();
    for (const name of [files.v6, files.v7, files.v8, files.v9, files.v11single, files.v11keyed, files.orgVrk, files.orgHelsinki, files.channel]) {
      copyFileSync(join(samples, name), join(folder, name));
    }
    const result = await importPtv(handle, new FileSource(folder));
    expect(result).toEqual({
      snapshotId: 1,
      services: 6,
      archived: 0,
      organizations: 2,
      skipped: { serviceChannel: 1 },
      shapes: { v6: 1, v7: 1, v8: 1, v9: 1, v11: 2 },
    });
    const [snapshot] = listSnapshots(handle);
    expect(snapshot).toMatchObject({ id: 1, kind: 'full', serviceCount: 6, organizationCount: 2, shapes: { v6: 1, v7: 1, v8: 1, v9: 1, v11: 2 } });
    const stored = loadSnapshotServices(handle, 1).map((s) => [s.service.id, s.service.areaType]);
    expect(stored).toEqual([
      ['00047a04-9c01-48ea-99da-4ec332f6d0fa', 'Nationwide'],
      ['045f0990-2097-442e-9c11-e24b0f68987f', 'LimitedType'],
      ['3668d250-cd80-45c4-abcc-9b2d3a2b3e42', 'Nationwide'],
      ['4b9f3ded-173b-4018-b43b-d3bbd1ef0ba8', 'LimitedType'],
      ['6b979930-048e-4ed4-a80c-0e11ba562dfe', 'LimitedType'],
      ['6c00d407-d3fd-4c7e-a373-57be9f3b2cff', 'LimitedType'],
    ]);
  });

  it('the smbackend envelope (classes without code or uri) fails with one line naming file and JSON path, writing nothing', async () => {
    const { handle } = tempDb();
    const before = dumpTables(handle);
    const file = join(samples, files.smbackend);
    const failure = importPtv(handle, new FileSource(file));
    await expect(failure).rejects.toBeInstanceOf(ImportError);
    await expect(failure).rejects.toThrow(`${file}: $.itemList[0].serviceClasses[0].code: required field is missing`);
    expect(dumpTables(handle)).toEqual(before);
  });
});
