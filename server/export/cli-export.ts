/**
 * `cli -- export requests …` (so exports can be scheduled): the options become the same
 * input the UI sends, the file is written atomically (a temp file renamed into place once
 * the export is stored; nothing half-written on failure), progress goes to stderr and a
 * JSON summary to stdout.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { DbHandle } from '../../db/client';
import { changeRequestStates } from '../../shared/domain/change-request';
import { DomainError } from '../../shared/domain/domain-error';
import { startExportInputSchema } from '../../shared/schemas/change-requests-api';
import { oneOf, requireOption, type CliArgs } from '../cli/args';
import { CatalogueCache } from '../services/catalogue-cache';
import { UserError } from '../user-error';
import { createExport, type ExportProgress, type StartExportInput } from './create-export';
import { exportFormats } from './render-export';

/** Turns the command line into the export input; every mistake is a one-line UserError. */
export function exportInputFromArgs(args: CliArgs): StartExportInput {
  const format = oneOf(args, 'format', exportFormats, 'xlsx');
  const language = oneOf(args, 'language', ['fi', 'sv'] as const, 'fi');
  const separator = oneOf(args, 'separator', [';', ','] as const, ';');
  const recipientOption = args.options['recipient'];
  const recipient =
    typeof recipientOption !== 'string'
      ? null
      : recipientOption === 'digifinland' || recipientOption === 'county'
        ? { kind: recipientOption, organizationId: null }
        : recipientOption === 'organizations'
          ? { kind: 'organization' as const, organizationId: null }
          : { kind: 'organization' as const, organizationId: recipientOption };
  const statesOption = args.options['states'];
  const states = typeof statesOption === 'string' ? statesOption.split(',').map((s) => s.trim()).filter(Boolean) : null;
  for (const state of states ?? []) {
    if (!(changeRequestStates as readonly string[]).includes(state)) throw new UserError(`--states: unknown state "${state}"; use ${changeRequestStates.join(', ')}`);
  }
  const parsed = startExportInputSchema.safeParse({
    region: requireOption(args, 'region'),
    format,
    language,
    recipient,
    states,
    csvSeparator: separator,
    markSent: args.options['mark-sent'] === true,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`invalid export options: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

/** Progress lines on stderr, at most a few per second (and every phase change). */
function stderrExportProgress(): (p: ExportProgress) => void {
  let lastPhase = '';
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.phase === lastPhase && now - last < 300) return;
    lastPhase = p.phase;
    last = now;
    process.stderr.write(`export requests: ${p.phase}${p.total !== null ? ` ${p.done}/${p.total}` : ''}\n`);
  };
}

export async function exportRequestsCommand(handle: DbHandle, args: CliArgs): Promise<{ json: unknown }> {
  const input = exportInputFromArgs(args);
  const out = resolve(requireOption(args, 'out'));
  const temp = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  let wroteTemp = false;
  try {
    const { result } = await createExport(
      {
        handle,
        catalogue: new CatalogueCache(handle),
        actor: { userId: null, userName: 'command line' },
        now: () => new Date(),
        // The file is on disk (under a temp name) before the export is stored and marked sent.
        beforeSave: async (body) => {
          try {
            await writeFile(temp, body, { flag: 'wx' });
          } catch (error) {
            throw new UserError(`${out}: could not write the file: ${(error as Error).message}`);
          }
          wroteTemp = true;
        },
      },
      input,
      stderrExportProgress(),
    );
    try {
      await rename(temp, out);
    } catch (error) {
      throw new UserError(`${out}: could not move the file into place (${(error as Error).message}); the export is stored as number ${result.exportId}`);
    }
    wroteTemp = false;
    return { json: { ...result, out } };
  } catch (error) {
    // A request changed meanwhile (CONFLICT): one line for the person, like any other refusal.
    if (error instanceof DomainError) throw new UserError(error.message);
    throw error;
  } finally {
    if (wroteTemp) await rm(temp, { force: true });
  }
}
