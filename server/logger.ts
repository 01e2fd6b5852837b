import pino, { type Logger } from 'pino';

/** Structured JSON logs in UTC on stderr (stdout stays free for the CLI's JSON). */
export function createLogger(level: string): Logger {
  return pino({ level, timestamp: pino.stdTimeFunctions.isoTime, redact: ['req.headers.cookie', 'password', 'token'] }, pino.destination(2));
}
