import { z } from 'zod';
import type { OidcSettings } from './auth/oidc/oidc-client';

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
  /** Load the demo county into an empty database (`npm start`); never in production or with a configured first manager. */
  /** Largest catalogue upload through the browser, in MB (articles files: at most 20 MB). */
  LINKKIPAJA_IMPORT_MAX_MB: z.coerce.number().int().min(1).max(4096).optional(),
  LINKKIPAJA_DEMO: z.enum(['0', '1']).default('1').transform((v) => v === '1'),
  /** Where people reach the app, for invitation links. */
  PUBLIC_URL: z.url().optional(),
  /** Single sign-on (OpenID Connect, e.g. Entra ID: https://login.microsoftonline.com/<tenant>/v2.0). */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(500).optional(),
  /** Defaults to PUBLIC_URL + /auth/oidc/callback. */
  OIDC_REDIRECT_URI: z.url().optional(),
  OIDC_LABEL: z.string().min(1).max(100).optional(),
  /** 1: a single-tenant issuer whose directory the county runs; its email / preferred_username identify people at their first sign-in. */
  OIDC_TRUST_EMAIL: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
});

export type Env = z.infer<typeof envSchema>;

/** The single sign-on settings, when OIDC_ISSUER is set; all-or-nothing, naming what is missing. */
export function oidcSettings(env: Env): OidcSettings | undefined {
  if (!env.OIDC_ISSUER) return undefined;
  const redirectUri = env.OIDC_REDIRECT_URI ?? (env.PUBLIC_URL ? `${env.PUBLIC_URL.replace(/\/+$/, '')}/auth/oidc/callback` : undefined);
  const missing = [!env.OIDC_CLIENT_ID && 'OIDC_CLIENT_ID', !env.OIDC_CLIENT_SECRET && 'OIDC_CLIENT_SECRET', !redirectUri && 'OIDC_REDIRECT_URI (or PUBLIC_URL)'].filter(Boolean);
  if (missing.length > 0) throw new Error(`invalid environment: OIDC_ISSUER is set but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not`);
  return { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID!, clientSecret: env.OIDC_CLIENT_SECRET!, redirectUri: redirectUri!, label: env.OIDC_LABEL ?? 'Organisation account', trustEmailClaims: env.OIDC_TRUST_EMAIL };
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  return result.data;
}
