/**
 * surfacing.md §2 "S is available in R": each areaType, each way a LimitedType service
 * reaches a region, unknown area types, and the exact `area` / `areaVia` reasons.
 * Each case runs through availabilityIn, evaluatePair and SurfacingWorkspace.
 */
import { describe, expect, it } from 'vitest';
import { availabilityIn } from '../../shared/domain/area-availability';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type { AreaEntry, AreaKind, Region } from '../../shared/domain/types';
import { area, bothEngines, id, kw, reasons, region, rule, service } from '../helpers/domain-builders';

const R99 = region('99', ['018', '407', '245']);
const ALAND = region('21', ['478', '060'], { alandIslands: true });
const S = id('s');
const RULE = rule({ keywords: [kw(1)] });

interface Case {
  name: string;
  areaType: string | null;
  areas?: AreaEntry[];
  in: Region;
  expected: { area: AreaKind; areaVia: string } | null;
}

const cases: Case[] = [
  { name: 'Nationwide, normal region', areaType: 'Nationwide', in: R99, expected: { area: 'national', areaVia: 'Nationwide' } },
  { name: 'Nationwide, Åland', areaType: 'Nationwide', in: ALAND, expected: { area: 'national', areaVia: 'Nationwide' } },
  {
    name: 'Nationwide ignores areas listing other municipalities',
    areaType: 'Nationwide',
    areas: [area('Municipality', null, ['091'])],
    in: R99,
    expected: { area: 'national', areaVia: 'Nationwide' },
  },
  {
    name: 'NationwideExceptAlandIslands, normal region',
    areaType: 'NationwideExceptAlandIslands',
    in: R99,
    expected: { area: 'national', areaVia: 'NationwideExceptAlandIslands' },
  },
  { name: 'NationwideExceptAlandIslands, Åland', areaType: 'NationwideExceptAlandIslands', in: ALAND, expected: null },
  {
    name: 'LimitedType, WellbeingServiceCounties code = region code, no municipalities listed',
    areaType: 'LimitedType',
    areas: [area('WellbeingServiceCounties', '99')],
    in: R99,
    expected: { area: 'regional', areaVia: 'WellbeingServiceCounties:99' },
  },
  {
    name: 'LimitedType, WellbeingServiceCounties with another code and no listed municipality of R',
    areaType: 'LimitedType',
    areas: [area('WellbeingServiceCounties', '04', ['091', '092'])],
    in: R99,
    expected: null,
  },
  {
    name: 'LimitedType, WellbeingServiceCounties with another code listing a municipality of R',
    areaType: 'LimitedType',
    areas: [area('WellbeingServiceCounties', '04', ['092', '245'])],
    in: R99,
    expected: { area: 'regional', areaVia: 'WellbeingServiceCounties:245' },
  },
  {
    name: 'LimitedType, Municipality entry',
    areaType: 'LimitedType',
    areas: [area('Municipality', null, ['092', '407'])],
    in: R99,
    expected: { area: 'regional', areaVia: 'Municipality:407' },
  },
  {
    name: 'LimitedType, Municipality entry elsewhere',
    areaType: 'LimitedType',
    areas: [area('Municipality', null, ['091'])],
    in: R99,
    expected: null,
  },
  {
    name: 'LimitedType, Region entry listing municipalities',
    areaType: 'LimitedType',
    areas: [area('Region', '01', ['091', '245'])],
    in: R99,
    expected: { area: 'regional', areaVia: 'Region:245' },
  },
  {
    name: 'LimitedType, BusinessSubRegion entry listing municipalities',
    areaType: 'LimitedType',
    areas: [area('BusinessSubRegion', '88942', ['407', '018'])],
    in: R99,
    expected: { area: 'regional', areaVia: 'BusinessSubRegion:018' },
  },
  {
    name: 'LimitedType, HospitalDistrict entry listing municipalities',
    areaType: 'LimitedType',
    areas: [area('HospitalDistrict', '25', ['018'])],
    in: R99,
    expected: { area: 'regional', areaVia: 'HospitalDistrict:018' },
  },
  {
    name: 'LimitedType, the lowest matching municipality code wins over entry order',
    areaType: 'LimitedType',
    areas: [area('Municipality', null, ['407']), area('HospitalDistrict', '25', ['245', '018'])],
    in: R99,
    expected: { area: 'regional', areaVia: 'HospitalDistrict:018' },
  },
  {
    name: 'LimitedType, the first entry listing the lowest code wins',
    areaType: 'LimitedType',
    areas: [area('Region', '01', ['407', '018']), area('Municipality', null, ['018'])],
    in: R99,
    expected: { area: 'regional', areaVia: 'Region:018' },
  },
  {
    name: 'LimitedType, WellbeingServiceCounties of R wins over an earlier municipality entry',
    areaType: 'LimitedType',
    areas: [area('Municipality', null, ['018']), area('WellbeingServiceCounties', '99', ['018'])],
    in: R99,
    expected: { area: 'regional', areaVia: 'WellbeingServiceCounties:99' },
  },
  {
    name: 'LimitedType, an entry whose code (not municipalities) equals a municipality of R',
    areaType: 'LimitedType',
    areas: [area('Region', '018', ['091'])],
    in: R99,
    expected: null,
  },
  {
    name: 'LimitedType, Åland municipality in the Åland region',
    areaType: 'LimitedType',
    areas: [area('Municipality', null, ['478'])],
    in: ALAND,
    expected: { area: 'regional', areaVia: 'Municipality:478' },
  },
  { name: 'LimitedType without areas', areaType: 'LimitedType', areas: [], in: R99, expected: null },
  { name: 'missing areaType', areaType: null, areas: [area('Municipality', null, ['018'])], in: R99, expected: null },
  { name: 'empty areaType', areaType: '', in: R99, expected: null },
  {
    name: 'unknown areaType PTV might add later',
    areaType: 'WellbeingServiceCountyWide',
    areas: [area('WellbeingServiceCounties', '99', ['018'])],
    in: R99,
    expected: null,
  },
  { name: 'legacy AreaType spelling is not LimitedType', areaType: 'AreaType', areas: [area('Municipality', null, ['018'])], in: R99, expected: null },
];

describe('availability of a service in a region', () => {
  it.each(cases)('$name', ({ areaType, areas = [], in: r, expected }) => {
    const subject = service({ id: S, areaType, areas, keywords: [kw(1)] });

    const direct = availabilityIn(subject, r);
    expect(direct && { area: direct.kind, areaVia: direct.via }).toEqual(expected);

    const { engine, pair } = bothEngines(subject, RULE, r);
    if (expected) {
      const want = reasons({ keywords: [kw(1)], ...expected });
      expect(engine).toEqual(want);
      expect(pair).toEqual({ surfaces: true, reasons: want });
    } else {
      expect(engine).toBeNull();
      expect(pair.surfaces ? 'surfaces' : pair.absence.reason).toBe('outside_region');
    }
  });
});

describe('one catalogue seen from two regions', () => {
  it('Åland sees only what reaches it', () => {
    const services = [
      service({ id: id('a'), areaType: 'Nationwide', keywords: [kw(1)] }),
      service({ id: id('b'), areaType: 'NationwideExceptAlandIslands', keywords: [kw(1)] }),
      service({ id: id('c'), areaType: 'LimitedType', areas: [area('Municipality', null, ['478'])], keywords: [kw(1)] }),
      service({ id: id('d'), areaType: 'LimitedType', areas: [area('WellbeingServiceCounties', '99')], keywords: [kw(1)] }),
    ];
    const workspace = new SurfacingWorkspace(services, [R99, ALAND], [{ id: 'x', rule: RULE }]);
    expect([...workspace.surfacing('21', 'x').keys()].sort()).toEqual([id('a'), id('c')]);
    expect([...workspace.surfacing('99', 'x').keys()].sort()).toEqual([id('a'), id('b'), id('d')]);
  });
});
