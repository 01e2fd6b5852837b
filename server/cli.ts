import { createDb, type DbHandle } from '../db/client';
import { parseCli } from './cli/args';
import { checkRequiredOptions, commands } from './cli/commands';
import { helpText } from './cli/help';
import { readEnv } from './env';
import { ImportError } from './import/import-error';
import { UserError } from './user-error';

/** The command-line entry: JSON on stdout, messages on stderr, one-line errors, exit codes. */
async function main(argv: string[]): Promise<number> {
  const args = parseCli(argv);
  const [name, ...rest] = args.positionals;
  if (args.help) {
    process.stdout.write(helpText);
    return 0;
  }
  if (!name) throw new UserError('no command given (see --help)');
  const command = commands[name];
  if (!command) throw new UserError(`unknown command "${name}" (see --help)`);
  checkRequiredOptions(name, args);
  const dbPath = args.db ?? readEnv().DATABASE_PATH;
  const handle = openDatabase(dbPath);
  try {
    const output = await command(handle, args, rest);
    process.stdout.write('json' in output ? JSON.stringify(output.json, null, 2) + '\n' : output.text);
    return 0;
  } catch (error) {
    throw asDatabaseError(error, dbPath);
  } finally {
    handle.close();
  }
}

function openDatabase(path: string): DbHandle {
  try {
    return createDb(path);
  } catch (error) {
    throw asDatabaseError(error, path, 'cannot open the database: ');
  }
}

/** SQLite's own errors (locked, not a database, unwritable) as one line naming the file. */
function asDatabaseError(error: unknown, path: string, prefix = ''): unknown {
  if (!(error instanceof Error) || !(error.name === 'SqliteError' || /pragmas|quick_check/.test(error.message))) return error;
  const busy = (error as { code?: string }).code === 'SQLITE_BUSY';
  return new UserError(`${path}: ${prefix}${busy ? 'the database is busy (another process is writing); try again' : error.message}`);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const known = error instanceof ImportError || error instanceof UserError;
    process.stderr.write(`error: ${known ? (error as Error).message : String((error as Error)?.stack ?? error).split('\n')[0]}\n`);
    process.exitCode = known ? 1 : 2;
  },
);
