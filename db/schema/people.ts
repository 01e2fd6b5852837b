import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * People who sign in. A deactivated user keeps their row so history keeps their name;
 * `password_hash` is null until an invite is accepted (or for single sign-on accounts).
 */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Lower-cased; the sign-in name. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ['manager', 'lead', 'participant', 'viewer'] }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** scrypt$… with its parameters, or null when the person signs in another way. */
  passwordHash: text('password_hash'),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  deactivatedAt: text('deactivated_at'),
  /** Optimistic-concurrency version for the admin page. */
  version: integer('version').notNull().default(1),
  /** The second factor (TOTP, base32) once confirmed; null when the account has none. */
  totpSecret: text('totp_secret'),
  /** A secret shown for enrolment, until the person confirms it with a code. */
  totpPendingSecret: text('totp_pending_secret'),
  /** The last time step a code was accepted for: a code works once. */
  totpLastStep: integer('totp_last_step'),
  /** The identity provider's subject (issuer + sub) bound at the first single sign-on; matched from then on. */
  oidcSubject: text('oidc_subject').unique(),
});

/** The topics a lead approves (article `topic` values). */
export const userTopics = sqliteTable(
  'user_topics',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topic] })],
);

/**
 * Server-side sessions. Only the SHA-256 of the cookie's random token is stored, so a
 * copy of the database cannot be replayed as a cookie.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** How the person proved who they are: `password` now, `oidc` when single sign-on is added. */
    method: text('method').notNull(),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    /** Absolute end, whatever the activity. */
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** One-time invitation links; only the token's hash is kept. */
export const invites = sqliteTable('invites', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tokenHash: text('token_hash').notNull().unique(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
});

/** A topic workshop: its articles are reviewed by its participants, live or before a deadline. */
export const workshops = sqliteTable('workshops', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** JSON string array of article topics. */
  topics: text('topics').notNull(),
  /** The day it is held (YYYY-MM-DD). */
  date: text('date').notNull(),
  /** Proposals are open until this day's end (YYYY-MM-DD), when run asynchronously. */
  deadline: text('deadline'),
  mode: text('mode', { enum: ['live', 'async'] }).notNull(),
  facilitatorId: integer('facilitator_id').references(() => users.id),
  /** In a live workshop, the article the facilitator's screen is on. */
  liveArticleId: text('live_article_id'),
  regionCode: text('region_code').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
  version: integer('version').notNull().default(1),
});

export const workshopArticles = sqliteTable(
  'workshop_articles',
  {
    workshopId: integer('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    articleId: text('article_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.articleId] }), index('workshop_articles_article_idx').on(t.articleId)],
);

export const workshopParticipants = sqliteTable(
  'workshop_participants',
  {
    workshopId: integer('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.userId] }), index('workshop_participants_user_idx').on(t.userId)],
);

/**
 * A person's proposal on an article: a surfacing service belongs / does not belong, or a
 * service is missing (a catalogue service, or described in words when none exists).
 * One per person and pair; a lead accepts it into the approved list or sends it back.
 */
export const proposals = sqliteTable(
  'proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: text('article_id').notNull(),
    /** Null only for a missing service that is not in the catalogue. */
    serviceId: text('service_id'),
    kind: text('kind', { enum: ['belongs', 'not_belongs', 'missing'] }).notNull(),
    comment: text('comment'),
    /** A missing service described in words (no catalogue service). */
    missingText: text('missing_text'),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    userName: text('user_name').notNull(),
    workshopId: integer('workshop_id').references(() => workshops.id, { onDelete: 'set null' }),
    state: text('state', { enum: ['open', 'accepted', 'sent_back'] }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('proposals_person_pair').on(t.articleId, t.serviceId, t.userId).where(sql`service_id IS NOT NULL`),
    index('proposals_article_idx').on(t.articleId),
    index('proposals_workshop_idx').on(t.workshopId),
  ],
);

/**
 * A lead's sign-off (or send-back) of an article's link set in a region. A sign-off keeps
 * the snapshot, the approved list and what surfaced then, so drift after an import can be
 * listed exactly.
 */
export const signoffs = sqliteTable(
  'signoffs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: text('article_id').notNull(),
    regionCode: text('region_code').notNull(),
    action: text('action', { enum: ['signed_off', 'sent_back'] }).notNull(),
    snapshotId: integer('snapshot_id'),
    userId: integer('user_id').references(() => users.id),
    userName: text('user_name').notNull(),
    at: text('at').notNull(),
    comment: text('comment'),
    /** JSON: [serviceId, 'include' | 'exclude'][] at sign-off. */
    approved: text('approved').notNull(),
    /** JSON: [serviceId, contentHash][] surfacing at sign-off. */
    surfacing: text('surfacing').notNull(),
  },
  (t) => [index('signoffs_article_idx').on(t.articleId, t.regionCode)],
);

/**
 * The append-only history: every decision, proposal, flag, request, comment, sign-off and
 * import with who and when. Triggers in the migration refuse UPDATE and DELETE.
 */
export const historyEvents = sqliteTable(
  'history_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    kind: text('kind').notNull(),
    userId: integer('user_id'),
    /** The name at the time; stays when the user is renamed or deactivated. */
    userName: text('user_name').notNull(),
    articleId: text('article_id'),
    serviceId: text('service_id'),
    regionCode: text('region_code'),
    workshopId: integer('workshop_id'),
    /** The change request the event is about (change request events). */
    changeRequestId: integer('change_request_id'),
    /** The article's decisions version after this event (decision events), for conflict checks. */
    articleVersion: integer('article_version'),
    /** JSON with what changed (before/after where it applies). */
    data: text('data').notNull(),
  },
  (t) => [index('history_article_idx').on(t.articleId, t.id), index('history_service_idx').on(t.serviceId, t.id), index('history_user_idx').on(t.userId, t.id), index('history_change_request_idx').on(t.changeRequestId, t.id)],
);
