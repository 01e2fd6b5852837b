import codeLabels from '../../shared/reference-data/ptv-code-labels.json';
import { listSnapshots } from '../../db/queries/catalogue';
import { loadMunicipalityNames, loadRegions } from '../../db/queries/regions';
import { procedureFor, router } from '../trpc';

const readProcedure = procedureFor('read');

export const catalogueRouter = router({
  snapshots: readProcedure.query(({ ctx }) => listSnapshots(ctx.handle)),
  regions: readProcedure.query(({ ctx }) => loadRegions(ctx.handle.db).map((r) => ({ code: r.code, name: r.name, municipalityCount: r.municipalities.length }))),
  /** Organisations known from the catalogue, for choosing an owner; sorted by Finnish name. */
  organizations: readProcedure.query(({ ctx }) =>
    [...ctx.catalogue.get().organizations.values()]
      .map((o) => ({ id: o.id, name: o.name, organizationType: o.organizationType }))
      .sort((a, b) => (a.name.fi ?? a.name.sv ?? '').localeCompare(b.name.fi ?? b.name.sv ?? '', 'fi')),
  ),
  /** Municipality names by code, to name the area a service is available in. */
  municipalities: readProcedure.query(({ ctx }) => loadMunicipalityNames(ctx.handle.db)),
  /** Labels of PTV service classes, target groups and life events in fi/sv/en. */
  codeLabels: readProcedure.query(() => codeLabels),
  /** Article topics, for assigning leads and workshops. */
  topics: readProcedure.query(({ ctx }) => [...new Set(ctx.catalogue.get().articles.map((a) => a.topic))].sort((a, b) => a.localeCompare(b, 'fi'))),
});
