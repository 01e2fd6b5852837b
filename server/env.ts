import { z } from 'zod';

/** The server's settings; the only reader of process.env. Fails fast, naming what is wrong. */
const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('./data/linkkipaja.sqlite'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The first manager, created on a start with no accounts (never a built-in password). */
  LINKKIPAJA_ADMIN_EMAIL: z.string().trim().min(3).max(254).optional(),
  LINKKIPAJA_ADMIN_PASSWORD: z.string().min(1).max(512).optional(),
  LINKKIPAJA_ADMIN_NAME: z.string().trim().min(1).max(80).optional(),
  /** Where people reach the app, for invitation links. */
  PUBLIC_URL: z.url().optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  return result.data;
}
