import { openStates } from '../../shared/domain/change-request';
import { DomainError } from '../../shared/domain/domain-error';
import { verifyRequest } from '../../shared/domain/request-verification';
import type { VerificationRunView } from '../../shared/schemas/change-requests-api';
import { writeTransaction, type DbHandle } from '../../db/client';
import { latestSnapshotId } from '../../db/queries/catalogue';
import { listChangeRequests, updateChangeRequest } from '../../db/queries/change-requests';
import { recordHistory, type HistoryActor, type NewHistoryEvent } from '../../db/queries/history';
import { loadWorkspace, type LoadedCatalogue } from '../engine/load-workspace';
import { UserError } from '../user-error';
import { RegionEvidence } from './verification/gather-evidence';
import { ServicesAtRequest } from './verification/services-at-request';
import { insertVerificationRun, type VerificationTrigger } from './verification/verification-runs';

export interface VerifyOptions {
  trigger: VerificationTrigger;
  /** The snapshot to check against; null: the latest. */
  snapshotId: number | null;
  now: Date;
  /** Who the history says checked; the automatic check by default. */
  actor?: HistoryActor;
  /** Only these regions (a manual check of one region); default every region with open requests. */
  regions?: readonly string[];
  /** That snapshot already loaded (the server's cache), to save loading it again. */
  loaded?: LoadedCatalogue;
}

/** One region's pass, as the import and the UI report it. */
export interface RegionVerificationRun extends VerificationRunView {
  region: string;
}

export const verificationActor: HistoryActor = { userId: null, userName: 'verification' };

/**
 * Checks every open request against a snapshot and the current article rules: fixed ones move
 * to verified, the rest keep what is still wrong in `verification`. One write transaction for
 * all regions, with a verification_runs row and history per region. Synchronous on purpose:
 * an import calls it right after its own commit, and tests see the outcome at once.
 */
export function verifyOpenRequests(handle: DbHandle, options: VerifyOptions): RegionVerificationRun[] {
  const regions = regionsWithOpenRequests(handle).filter((r) => !options.regions || options.regions.includes(r));
  if (regions.length === 0) return [];
  const snapshotId = options.snapshotId ?? latestSnapshotId(handle);
  // Nothing to check against before the first catalogue import.
  if (snapshotId === null) return [];
  // Loading is the slow part: done before the write lock is taken, the requests are read inside it.
  const loaded = options.loaded?.snapshotId === snapshotId ? options.loaded : loadWorkspace(handle, snapshotId);
  const at = options.now.toISOString();
  const servicesAtRequest = new ServicesAtRequest(handle);
  return writeTransaction(handle, () =>
    regions.flatMap((code) => {
      const region = loaded.regions.find((r) => r.code === code);
      // A region no longer defined cannot be judged: its requests wait for it to come back.
      return region ? [verifyRegion(handle, new RegionEvidence(loaded, region, at, servicesAtRequest), code, snapshotId, at, options)] : [];
    }),
  );
}

function verifyRegion(handle: DbHandle, evidence: RegionEvidence, region: string, snapshotId: number, at: string, options: VerifyOptions): RegionVerificationRun {
  const verified: { id: number; code: string }[] = [];
  const stillOpen: { id: number; code: string }[] = [];
  const events: NewHistoryEvent[] = [];
  for (const request of listChangeRequests(handle, { regionCode: region, states: openStates })) {
    const result = verifyRequest(request, evidence.for(request));
    if (result.fixed) {
      updateChangeRequest(handle, request.id, null, { verification: result, state: 'verified', verifiedSnapshotId: snapshotId }, at);
      verified.push({ id: request.id, code: request.code });
      events.push({
        kind: 'changeRequest.verified',
        changeRequestId: request.id,
        regionCode: region,
        serviceId: request.serviceId,
        data: { code: request.code, from: request.state, snapshotId, trigger: options.trigger, ...(result.foundServiceId ? { foundServiceId: result.foundServiceId } : {}) },
      });
    } else {
      updateChangeRequest(handle, request.id, null, { verification: result }, at);
      stillOpen.push({ id: request.id, code: request.code });
    }
  }
  const id = insertVerificationRun(handle, { regionCode: region, snapshotId, trigger: options.trigger, verifiedIds: verified.map((r) => r.id), stillOpenIds: stillOpen.map((r) => r.id), at });
  events.push({
    kind: 'changeRequest.checked',
    regionCode: region,
    data: { runId: id, trigger: options.trigger, snapshotId, checked: verified.length + stillOpen.length, verified: verified.map((r) => r.code), stillOpen: stillOpen.length },
  });
  recordHistory(handle, options.actor ?? verificationActor, at, events);
  return { id, region, snapshotId, trigger: options.trigger, at, checked: verified.length + stillOpen.length, verified, stillOpen };
}

function regionsWithOpenRequests(handle: DbHandle): string[] {
  return handle.sqlite
    .prepare(`SELECT DISTINCT region_code FROM change_requests WHERE state IN (SELECT value FROM json_each(?)) ORDER BY region_code`)
    .pluck()
    .all(JSON.stringify(openStates)) as string[];
}

/** What an import reports of the check that followed it. */
export interface VerificationSummary {
  region: string;
  checked: number;
  verified: string[];
  stillOpen: string[];
}

export function summarize(runs: readonly RegionVerificationRun[]): VerificationSummary[] {
  return runs.map((r) => ({ region: r.region, checked: r.checked, verified: r.verified.map((v) => v.code), stillOpen: r.stillOpen.map((v) => v.code) }));
}

/** Where a failed check after an import is logged: the server's log; standard error by default (the CLI). */
export type VerificationErrorLog = (error: unknown) => void;

/**
 * The check after an import: its failure must not undo the import, which is already committed,
 * so it is reported (and the requests are checked again at the next import or by hand). The
 * result goes to the browser, so it says what went wrong only for errors meant for people;
 * anything else (SQLite, a bug) is logged in full and reported in general words.
 */
export function verifyAfterImport(
  handle: DbHandle,
  options: VerifyOptions & { onError?: VerificationErrorLog },
): { verification?: VerificationSummary[]; verificationError?: string } {
  try {
    const runs = verifyOpenRequests(handle, options);
    return runs.length === 0 ? {} : { verification: summarize(runs) };
  } catch (error) {
    (options.onError ?? logToStderr(options.trigger))(error);
    const told = error instanceof UserError || error instanceof DomainError;
    return { verificationError: told ? error.message : 'checking the open change requests failed (see the server log); they are checked again at the next import or by hand' };
  }
}

function logToStderr(trigger: VerificationTrigger): VerificationErrorLog {
  return (error) => process.stderr.write(`verification after the ${trigger} import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}
