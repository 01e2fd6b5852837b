import { availabilityIn } from '../../../shared/domain/area-availability';
import type { CatalogueService } from '../../../shared/domain/catalogue-service';
import type { ArticleEvidence, DescriptionCandidate, VerifiableRequest, VerificationEvidence } from '../../../shared/domain/request-verification';
import type { ArticleRule, Region } from '../../../shared/domain/types';
import type { LoadedCatalogue } from '../../engine/load-workspace';
import type { RequestCatalogue, ServicesAtRequest } from './services-at-request';

/** Owner roles that make an organisation answerable for a description. */
const responsibleRoles = new Set(['Responsible', 'OtherResponsible']);

/**
 * What one region of a loaded snapshot tells about requests: the request's service, its
 * surfacing in each of the request's articles, and (asked once) the region's services by
 * name for new descriptions. Surfacing is computed by the workspace, which caches per article.
 */
export class RegionEvidence {
  private readonly rules: Map<string, ArticleRule>;
  private candidates: DescriptionCandidate[] | null = null;

  constructor(
    private readonly loaded: LoadedCatalogue,
    private readonly region: Region,
    private readonly at: string,
    private readonly servicesAtRequest: ServicesAtRequest,
  ) {
    this.rules = new Map(loaded.articles.map((a) => [a.id, a.rule]));
  }

  /** The evidence one request is judged by. */
  for(request: VerifiableRequest & RequestCatalogue): VerificationEvidence {
    const serviceId = request.serviceId?.toLowerCase() ?? null;
    const stored = serviceId === null ? undefined : this.loaded.services.get(serviceId);
    return {
      snapshotId: this.loaded.snapshotId,
      at: this.at,
      service: stored ? { service: stored.service, hash: stored.hash, availability: availabilityIn(stored.service, this.region) } : null,
      articles: request.articleIds.map((articleId) => this.article(articleId, serviceId)),
      candidates: request.type === 'description.new' ? this.descriptionCandidates() : [],
      servicesAtRequest: request.type === 'description.new' ? this.servicesAtRequest.of(request) : null,
    };
  }

  private article(articleId: string, serviceId: string | null): ArticleEvidence {
    const rule = this.rules.get(articleId) ?? null;
    if (rule === null || serviceId === null) return { articleId, rule, reasons: null, absence: null };
    const reasons = this.loaded.workspace.surfacing(this.region.code, articleId).get(serviceId) ?? null;
    const absence = reasons === null ? this.loaded.workspace.explainAbsence(this.region.code, articleId, serviceId).reason : null;
    return { articleId, rule, reasons, absence };
  }

  /** Published services available in the region, with their responsible organisations. */
  private descriptionCandidates(): DescriptionCandidate[] {
    this.candidates ??= [...this.loaded.services.values()]
      .filter(({ service }) => service.publishingStatus === 'Published' && availabilityIn(service, this.region) !== null)
      .map(({ service }) => ({ id: service.id, name: service.name, organizationIds: responsibleOrganizations(service) }));
    return this.candidates;
  }
}

function responsibleOrganizations(service: CatalogueService): string[] {
  const ids = service.organizations.filter((o) => responsibleRoles.has(o.role)).map((o) => o.id.toLowerCase());
  if (service.responsibleOrganizationId) ids.push(service.responsibleOrganizationId.toLowerCase());
  return [...new Set(ids)];
}
