import pino, { type Logger, type LoggerOptions } from 'pino';

/** How every log line is made: ISO UTC time, and secrets redacted should one reach a log call. */
export const loggerOptions: LoggerOptions = { timestamp: pino.stdTimeFunctions.isoTime, redact: ['req.headers.cookie', 'password', 'token', 'code'] };

/** Structured JSON logs in UTC on stderr (stdout stays free for the CLI's JSON). */
export function createLogger(level: string): Logger {
  return pino({ level, ...loggerOptions }, pino.destination(2));
}
