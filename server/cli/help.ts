export const helpText = `Linkkipaja — article-to-service link review, from the command line.

Usage: npm run --silent cli -- [--db PATH] <command> [options]

Commands:
  import ptv <file|folder|url> [--incremental] [--since yyyy-MM-ddTHH:mm:ss]
        Import a PTV catalogue snapshot: a v11 JSON file (service, array or paging
        envelope), a folder of them, or the API base URL (e.g.
        https://api.palvelutietovaranto.suomi.fi/api/v11). --since fetches only
        changes and adds them to the latest snapshot.
  import articles <file.json|file.csv>   Articles and their rules (and regions).
  import decisions <file.csv>            Approved decisions: article_id,service_id,decision.
  import observed <file.csv> --region CODE
        What Omaperhe actually shows: article_id,service_id.
  import requests <file.json>            Change requests from a JSON export (matched by code:
                                         new ones added, identical skipped, others a conflict).
  diff --region CODE [--format json|csv|table] [--snapshot ID] [--article ID]
       [--against computed|observed]
        Surfacing of every article against its approved list.
  snapshot-diff --region CODE [--from ID] [--to ID]
        Services that began or stopped surfacing between two snapshots
        (default: the two latest).
  report observed --region CODE          Where the model and Omaperhe disagree.
  snapshots                              List catalogue snapshots.
  regions                                List regions and their municipalities.
  seed demo                              Load the demo county (Itä-Uusimaa).
  backup <file>                          Consistent copy of the database.
  export requests --region CODE --out FILE [--format xlsx|csv|json|html|pdf]
       [--language fi|sv] [--recipient digifinland|county|organizations|ORG_ID]
       [--states ready,sent] [--separator ';'|,] [--mark-sent]
        Change requests as a workbook (a sheet per recipient), CSV (UTF-8, ';' by
        default), JSON (re-importable) or letters per recipient (HTML or PDF).
        Default: the ready requests, as xlsx. --mark-sent moves them to sent.
  users add --email E --name N --role R [--topics t1,t2] [--base-url URL]
                                         New account (manager, lead, participant, viewer);
                                         prints a one-time invitation link to set a password.
  users invite --email E [--base-url URL]
                                         A new invitation link (forgotten password); ends sessions.
  users list                             Accounts with role, topics and whether active.

Options:
  --db PATH    SQLite database (default: $DATABASE_PATH or ./data/linkkipaja.sqlite)
  --help       This text.

JSON goes to stdout; messages and progress to stderr. On bad input the command
exits non-zero with a one-line reason and writes nothing.
`;
