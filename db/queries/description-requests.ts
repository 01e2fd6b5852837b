import type { CreateDescriptionRequestInput } from '../../shared/schemas/review-api';
import type { DescriptionTexts } from '../../shared/domain/change-request';
import type { DbHandle } from '../client';

export interface DescriptionRequestRecord extends Omit<CreateDescriptionRequestInput, 'region' | 'organizationId'> {
  id: number;
  regionCode: string;
  organizationId: string | null;
  status: 'open' | 'withdrawn';
  createdBy: string;
  createdAt: string;
}

/** A row: the texts in their own columns (the shape a change request's details use too). */
interface Row extends DescriptionTexts {
  id: number;
  regionCode: string;
  organizationId: string | null;
  organizationName: string;
  keywords: string;
  serviceClasses: string;
  targetGroups: string;
  articleIds: string;
  status: 'open' | 'withdrawn';
  createdBy: string;
  createdAt: string;
}

/** Stores a new description request (call inside a write transaction) and returns its id. */
export function insertDescriptionRequest(handle: DbHandle, input: CreateDescriptionRequestInput, by: string, now: string): number {
  const result = handle.sqlite
    .prepare(
      `INSERT INTO description_requests (region_code, name_fi, name_sv, summary_fi, summary_sv, description_fi, description_sv, organization_id,
         organization_name, keywords, service_classes, target_groups, article_ids, status, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
    )
    .run(
      input.region,
      input.name.fi,
      input.name.sv,
      input.summary.fi,
      input.summary.sv,
      input.description.fi,
      input.description.sv,
      input.organizationId || null, // "" is how a form says "no organisation"
      input.organizationName,
      JSON.stringify(input.keywords),
      JSON.stringify(input.serviceClasses),
      JSON.stringify(input.targetGroups),
      JSON.stringify(input.articleIds),
      by,
      now,
    );
  return Number(result.lastInsertRowid);
}

/** Description requests of a region, newest first; with an article, only those naming it. */
export function listDescriptionRequests(handle: DbHandle, regionCode: string, articleId?: string | null): DescriptionRequestRecord[] {
  const rows = handle.sqlite
    .prepare(
      `SELECT id, region_code AS regionCode, name_fi AS nameFi, name_sv AS nameSv, summary_fi AS summaryFi, summary_sv AS summarySv,
         description_fi AS descriptionFi, description_sv AS descriptionSv, organization_id AS organizationId, organization_name AS organizationName,
         keywords, service_classes AS serviceClasses, target_groups AS targetGroups, article_ids AS articleIds, status, created_by AS createdBy, created_at AS createdAt
       FROM description_requests WHERE region_code = ? ORDER BY id DESC`,
    )
    .all(regionCode) as Row[];
  return rows
    .map((row) => ({
      id: row.id,
      regionCode: row.regionCode,
      name: { fi: row.nameFi, sv: row.nameSv },
      summary: { fi: row.summaryFi, sv: row.summarySv },
      description: { fi: row.descriptionFi, sv: row.descriptionSv },
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      keywords: JSON.parse(row.keywords) as string[],
      serviceClasses: JSON.parse(row.serviceClasses) as string[],
      targetGroups: JSON.parse(row.targetGroups) as string[],
      articleIds: JSON.parse(row.articleIds) as string[],
      status: row.status,
      createdBy: row.createdBy,
      createdAt: row.createdAt,
    }))
    .filter((request) => !articleId || request.articleIds.includes(articleId));
}
