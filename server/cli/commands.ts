import type { DbHandle } from '../../db/client';
import { listSnapshots } from '../../db/queries/catalogue';
import { loadRegions } from '../../db/queries/regions';
import { buildObservedReport } from '../engine/observed-report';
import { buildDiffReport } from '../engine/region-diff-report';
import { buildSnapshotDiff } from '../engine/snapshot-diff-report';
import { backupDatabase } from '../ops/backup';
import { FileSource } from '../import/file-source';
import { importArticles } from '../import/import-articles';
import { importDecisions } from '../import/import-decisions';
import { importObserved } from '../import/import-observed';
import { importPtv } from '../import/import-ptv';
import { PtvApiSource } from '../import/ptv-api-source';
import { UserError } from '../user-error';
import { writeTransaction } from '../../db/client';
import { findUserByEmail, listUsers } from '../../db/queries/users';
import { roles } from '../../shared/domain/permissions';
import { createAccountWithInvite } from '../auth/accounts';
import { AuthService } from '../auth/auth-service';
import { oneOf, optionalInt, requireOption, type CliArgs } from './args';
import { diffToCsv, diffToTable } from './format-diff';
import { stderrProgress } from './progress';
import { exportRequestsCommand } from '../export/cli-export';
import { importRequestsJson } from '../export/import-requests-json';

/** What a command prints: JSON (stdout), or ready text for csv/table formats. */
export type CommandOutput = { json: unknown } | { text: string };

type Command = (handle: DbHandle, args: CliArgs, rest: string[]) => Promise<CommandOutput> | CommandOutput;

const importers: Record<string, Command> = {
  ptv: async (handle, args, [target]) => {
    const since = args.options['since'];
    if (typeof since === 'string' && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(since)) throw new UserError('--since must be yyyy-MM-ddTHH:mm:ss (UTC)');
    const isUrl = /^https?:\/\//.test(need(target, 'a file, folder or URL'));
    if (!isUrl && typeof since === 'string') throw new UserError('--since applies to the catalogue API URL only; use --incremental for files');
    const source = isUrl
      ? new PtvApiSource(target as string, typeof since === 'string' ? { since } : {})
      : new FileSource(target as string);
    const result = await importPtv(handle, source, { incremental: args.options['incremental'] === true, onProgress: stderrProgress('import ptv') });
    return { json: result };
  },
  articles: async (handle, _args, [file]) => ({ json: await importArticles(handle, need(file, 'an articles file')) }),
  decisions: async (handle, _args, [file]) => ({ json: await importDecisions(handle, need(file, 'a decisions CSV file')) }),
  observed: async (handle, args, [file]) => ({ json: await importObserved(handle, need(file, 'an observed-surfacing CSV file'), requireOption(args, 'region')) }),
  requests: async (handle, _args, [file]) => ({ json: await importRequestsJson(handle, need(file, 'a change requests JSON file (from export requests --format json)')) }),
};

export const commands: Record<string, Command> = {
  import: (handle, args, [what, ...rest]) => {
    const importer = importers[what ?? ''];
    if (!importer) throw new UserError(`import what? one of: ${Object.keys(importers).join(', ')}`);
    return importer(handle, args, rest);
  },
  diff: (handle, args) => {
    const report = buildDiffReport(handle, {
      region: requireOption(args, 'region'),
      snapshotId: optionalInt(args, 'snapshot') ?? null,
      against: oneOf(args, 'against', ['computed', 'observed'] as const, 'computed'),
      ...(typeof args.options['article'] === 'string' ? { articleId: args.options['article'] } : {}),
    });
    const format = oneOf(args, 'format', ['json', 'csv', 'table'] as const, 'json');
    return format === 'json' ? { json: report } : { text: format === 'csv' ? diffToCsv(report) : diffToTable(report) };
  },
  'snapshot-diff': (handle, args) => ({ json: buildSnapshotDiff(handle, requireOption(args, 'region'), optionalInt(args, 'from'), optionalInt(args, 'to')) }),
  report: (handle, args, [what]) => {
    if (what !== 'observed') throw new UserError('report what? one of: observed');
    return { json: buildObservedReport(handle, requireOption(args, 'region')) };
  },
  snapshots: (handle) => ({ json: listSnapshots(handle) }),
  regions: (handle) => ({ json: loadRegions(handle.db) }),
  seed: async (handle, _args, [what]) => {
    if (what !== 'demo') throw new UserError('seed what? one of: demo');
    const { seedDemo } = await import('../demo/seed-demo'); // the generator loads only when asked for
    return { json: await seedDemo(handle) };
  },
  backup: (handle, _args, [target]) => ({ json: backupDatabase(handle, need(target, 'a target file')) }),
  export: (handle, args, [what]) => {
    if (what !== 'requests') throw new UserError('export what? one of: requests');
    return exportRequestsCommand(handle, args);
  },
  users: (handle, args, [what]) => {
    const command = userCommands[what ?? ''];
    if (!command) throw new UserError(`users what? one of: ${Object.keys(userCommands).join(', ')}`);
    return command(handle, args, []);
  },
};

/** Where invitation links point: --base-url, PUBLIC_URL, or the local default. */
function inviteLink(args: CliArgs, token: string): string {
  const option = args.options['base-url'];
  const base = typeof option === 'string' ? option : (process.env['PUBLIC_URL'] ?? 'http://localhost:3000');
  return `${base.replace(/\/+$/, '')}/invite#${token}`;
}

const userCommands: Record<string, Command> = {
  /** A new account with a one-time invitation link (the way to create the first manager too). */
  add: (handle, args) => {
    const role = oneOf(args, 'role', roles, 'viewer');
    const topics = typeof args.options['topics'] === 'string' ? args.options['topics'].split(',').map((t) => t.trim()).filter(Boolean) : [];
    const account = { email: requireOption(args, 'email'), name: requireOption(args, 'name'), role, topics };
    const invite = createAccountWithInvite(handle, new AuthService(handle), account, 'command line', new Date());
    return { json: { id: invite.id, email: account.email.toLowerCase(), role, inviteLink: inviteLink(args, invite.token), expiresAt: invite.expiresAt } };
  },
  /** A new one-time link for an existing account (a forgotten password); its sessions end. */
  invite: (handle, args) => {
    const user = findUserByEmail(handle, requireOption(args, 'email'));
    if (!user) throw new UserError(`no account for ${requireOption(args, 'email')}`);
    const auth = new AuthService(handle);
    const invite = writeTransaction(handle, () => auth.createInvite(user.id, 'command line', new Date()));
    auth.endAllSessions(user.id);
    return { json: { id: user.id, email: user.email, inviteLink: inviteLink(args, invite.token), expiresAt: invite.expiresAt } };
  },
  list: (handle) => ({ json: listUsers(handle).map(({ id, email, name, role, active, topics }) => ({ id, email, name, role, active, topics })) }),
};

const requiredOptions: Record<string, readonly string[]> = { diff: ['region'], 'snapshot-diff': ['region'], report: ['region'], export: ['region', 'out'] };

/** Checks a command's required options before the database is opened (or created). */
export function checkRequiredOptions(command: string, args: CliArgs): void {
  for (const name of requiredOptions[command] ?? []) requireOption(args, name);
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new UserError(`missing argument: ${what}`);
  return value;
}
