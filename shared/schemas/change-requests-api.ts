import { z } from 'zod';
import {
  changeRequestStates,
  changeRequestTypes,
  type ChangeRequestDetails,
  type ChangeRequestState,
  type ChangeRequestType,
  type Recipient,
  type RequestItemKind,
  type VerificationResult,
} from '../domain/change-request';
import { articleIdSchema, regionSchema, serviceIdSchema } from './review-api';

/** Inputs and answers of the change request, export, verification and job API. Strict and bounded. */

export const changeRequestIdSchema = z.number().int().positive().max(2 ** 31);
export const requestVersionSchema = z.number().int().min(1).max(2 ** 31);
export const changeRequestTypeSchema = z.enum(changeRequestTypes);
export const changeRequestStateSchema = z.enum(changeRequestStates);
export const requestItemKindSchema = z.enum(['keywords', 'serviceClasses', 'targetGroups', 'lifeEvents', 'area']);
export const recipientKindSchema = z.enum(['digifinland', 'organization', 'county']);
const itemValue = z.string().trim().min(1).max(300);
const reason = z.string().trim().min(3).max(2000);
const shortText = (max: number) => z.string().trim().max(max);
const codeList = z.array(z.string().trim().min(1).max(300)).max(50);

export const descriptionTextsSchema = z.strictObject({
  nameFi: shortText(200),
  nameSv: shortText(200),
  summaryFi: shortText(500),
  summarySv: shortText(500),
  descriptionFi: shortText(5000),
  descriptionSv: shortText(5000),
});

export const requestDetailsSchema = z.strictObject({
  texts: descriptionTextsSchema.optional(),
  organizationId: z.string().trim().toLowerCase().max(100).nullish(),
  organizationName: shortText(300).optional(),
  keywords: codeList.optional(),
  serviceClasses: codeList.optional(),
  targetGroups: codeList.optional(),
  shouldSurface: z.boolean().optional(),
});

/** Which recipient: every organisation is its own recipient; DigiFinland and the county are one each. */
export const recipientFilterSchema = z.strictObject({
  kind: recipientKindSchema,
  organizationId: z.string().trim().toLowerCase().min(1).max(100).nullish(),
});

export const listRequestsInputSchema = z.strictObject({
  region: regionSchema,
  states: z.array(changeRequestStateSchema).max(7).nullish(),
  recipient: recipientFilterSchema.nullish(),
  types: z.array(changeRequestTypeSchema).max(10).nullish(),
  articleId: articleIdSchema.nullish(),
  serviceId: serviceIdSchema.nullish(),
});

export const requestIdInputSchema = z.strictObject({ region: regionSchema, id: changeRequestIdSchema });

export const createRequestInputSchema = z.strictObject({
  region: regionSchema,
  type: changeRequestTypeSchema,
  serviceId: serviceIdSchema.nullish(),
  itemKind: requestItemKindSchema.nullish(),
  itemValue: itemValue.nullish(),
  articleIds: z.array(articleIdSchema).min(1).max(500),
  reason,
  details: requestDetailsSchema.nullish(),
  /** New requests are drafts unless the writer says they are ready to send. */
  state: z.enum(['draft', 'ready']).nullish(),
});

export const requestFromFlagInputSchema = z.strictObject({ region: regionSchema, flagId: z.number().int().positive().max(2 ** 31) });
export const requestFromDescriptionInputSchema = z.strictObject({ region: regionSchema, descriptionRequestId: z.number().int().positive().max(2 ** 31) });

/** A service missing from an article: pin it in the rule (DigiFinland) or ask its owner to add an item. */
export const requestFromMissingInputSchema = z.strictObject({
  region: regionSchema,
  articleId: articleIdSchema,
  serviceId: serviceIdSchema,
  type: z.enum(['rule.pin', 'service.addItem', 'rule.addItem']),
  itemKind: requestItemKindSchema.nullish(),
  itemValue: itemValue.nullish(),
  reason,
  proposalId: z.number().int().positive().max(2 ** 31).nullish(),
});

export const updateRequestInputSchema = z.strictObject({
  region: regionSchema,
  id: changeRequestIdSchema,
  baseVersion: requestVersionSchema,
  reason: reason.nullish(),
  details: requestDetailsSchema.nullish(),
  articleIds: z.array(articleIdSchema).min(1).max(500).nullish(),
  itemKind: requestItemKindSchema.nullish(),
  itemValue: itemValue.nullish(),
  recipientEmail: z.string().trim().max(254).nullish(),
});

/** Move one or many requests; each carries the version its writer saw. */
export const moveRequestsInputSchema = z.strictObject({
  region: regionSchema,
  to: changeRequestStateSchema,
  requests: z.array(z.strictObject({ id: changeRequestIdSchema, baseVersion: requestVersionSchema })).min(1).max(5000),
  note: z.string().trim().max(2000).nullish(),
});

export const verifyNowInputSchema = z.strictObject({ region: regionSchema });
export const verificationRunsInputSchema = z.strictObject({ region: regionSchema, limit: z.number().int().min(1).max(100).nullish() });

export const exportFormatSchema = z.enum(['xlsx', 'csv', 'json', 'html', 'pdf']);
export const letterLanguageSchema = z.enum(['fi', 'sv']);

export const startExportInputSchema = z.strictObject({
  region: regionSchema,
  format: exportFormatSchema,
  /** Letters are written in this language; spreadsheets carry Finnish and Swedish side by side. */
  language: letterLanguageSchema,
  /** Null: every recipient (spreadsheets get a sheet each, letters one per recipient in one file). */
  recipient: recipientFilterSchema.nullish(),
  /** Which requests; default the ready ones. */
  states: z.array(changeRequestStateSchema).min(1).max(7).nullish(),
  /** Only these requests (a selection in the list). */
  ids: z.array(changeRequestIdSchema).max(5000).nullish(),
  /** CSV only: ',' for tools that expect it; ';' (Finnish Excel) by default. */
  csvSeparator: z.enum([';', ',']).nullish(),
  /** Move the exported ready requests to sent, recording what went to whom and when. */
  markSent: z.boolean(),
});

export const exportListInputSchema = z.strictObject({ region: regionSchema });
export const jobIdInputSchema = z.strictObject({ id: z.string().trim().min(1).max(40) });

/** Localised text as the catalogue has it. */
export interface LocalizedText {
  fi?: string;
  sv?: string;
  en?: string;
}

/** A change request as the UI shows it. */
export interface ChangeRequestView {
  id: number;
  code: string;
  regionCode: string;
  type: ChangeRequestType;
  state: ChangeRequestState;
  /** Where a person may move it from here. */
  nextStates: ChangeRequestState[];
  recipient: Recipient;
  /** The recipient's name in the UI languages (`recipient.name` is the Finnish one stored with the request). */
  recipientLabel: LocalizedText;
  serviceId: string | null;
  serviceName: LocalizedText | null;
  /** The service's owner as the catalogue names it (may differ from the recipient for the county's requests). */
  serviceOwnerName: LocalizedText | null;
  itemKind: RequestItemKind | null;
  itemValue: string | null;
  /** The item in words (keyword label, class name), when known. */
  itemLabel: LocalizedText | null;
  reason: string;
  details: ChangeRequestDetails;
  articles: { id: string; title: LocalizedText }[];
  verification: VerificationResult | null;
  verifiedSnapshotId: number | null;
  sentAt: string | null;
  lastExportId: number | null;
  sourceFlagId: number | null;
  sourceDescriptionRequestId: number | null;
  sourceProposalId: number | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** Requests of one recipient, counted by state. */
export interface RecipientGroup {
  recipient: Recipient;
  recipientLabel: LocalizedText;
  total: number;
  byState: Partial<Record<ChangeRequestState, number>>;
}

export interface RequestListView {
  requests: ChangeRequestView[];
  recipients: RecipientGroup[];
  byState: Partial<Record<ChangeRequestState, number>>;
}

/** One automatic check after an import. */
export interface VerificationRunView {
  id: number;
  snapshotId: number | null;
  trigger: 'catalogue' | 'articles' | 'manual';
  at: string;
  checked: number;
  verified: { id: number; code: string }[];
  stillOpen: { id: number; code: string }[];
}

/** An export as recorded (the file itself is downloaded from /api/exports/:id/file). */
export interface ExportView {
  id: number;
  format: z.infer<typeof exportFormatSchema>;
  language: 'fi' | 'sv';
  recipient: { kind: Recipient['kind']; organizationId: string | null } | null;
  requestCount: number;
  markedSent: boolean;
  fileName: string;
  byteSize: number;
  createdBy: string;
  createdAt: string;
}
