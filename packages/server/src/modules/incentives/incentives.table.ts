import {
  awardKinds,
  contestParticipantKinds,
  contestPeriodKinds,
  contestRules,
  recognitionKinds,
  recognitionMessageCodes,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { amount, createdAt, nowMs } from '../../platform/db/columns';
import { users } from '../identity/identity.table';
import { members } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';
import { productLines } from '../products/products.table';
import { teams } from '../teams/teams.table';

/** A prize as stored with its contest: cash has amount and currency, goods and travel a description. */
export interface StoredPrize {
  place: number | null;
  kind: 'cash' | 'goods' | 'travel';
  amount: string | null;
  currency: string | null;
  description: string;
}

/**
 * Contests: a catalog metric over a period between two instants (a power hour, or whole days cut
 * in the org's time zone), among participants fixed when it is set, with a rule and prizes.
 * `finished_at` is set once, when the winners are recorded; `cancelled_at` instead when it is
 * called off (no winners, no prizes). Either ends its changes.
 */
export const contests = pgTable(
  'contests',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    metric: text('metric').notNull(),
    productLineId: uuid('product_line_id'),
    periodKind: text('period_kind', { enum: contestPeriodKinds }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    participants: text('participants', { enum: contestParticipantKinds }).notNull(),
    teamId: uuid('team_id'),
    rule: text('rule', { enum: contestRules }).notNull(),
    topN: integer('top_n'),
    threshold: amount('threshold'),
    prizes: jsonb('prizes').$type<StoredPrize[]>().notNull().default([]),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    finishedBy: uuid('finished_by').references(() => users.id),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: uuid('cancelled_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.productLineId], foreignColumns: [productLines.orgId, productLines.id] }),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }),
    check('contests_period_check', sql`${t.endsAt} > ${t.startsAt} and ${t.endsOn} >= ${t.startsOn}`),
    index('contests_ends_idx').on(t.orgId, t.endsAt),
    check('contests_finished_or_cancelled_check', sql`${t.finishedAt} is null or ${t.cancelledAt} is null`),
    // The sweep looks for contests whose period is over and that are neither finished nor cancelled.
    index('contests_unfinished_idx').on(t.endsAt).where(sql`finished_at is null and cancelled_at is null`),
  ],
);

/** Who competes in a contest, fixed when it is set (everyone: the active reps of that moment). */
export const contestParticipants = pgTable(
  'contest_participants',
  {
    orgId: uuid('org_id').notNull(),
    contestId: uuid('contest_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.contestId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.contestId], foreignColumns: [contests.orgId, contests.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [members.orgId, members.userId] }),
    index('contest_participants_user_idx').on(t.orgId, t.userId),
  ],
);

/** The winners of a finished contest with what they won; recorded once (the key forbids a second time). */
export const contestWinners = pgTable(
  'contest_winners',
  {
    orgId: uuid('org_id').notNull(),
    contestId: uuid('contest_id').notNull(),
    userId: uuid('user_id').notNull(),
    place: integer('place'),
    // As the leaderboard showed them when the contest was finished.
    value: text('value'),
    percentOfTarget: text('percent_of_target'),
    prizes: jsonb('prizes').$type<StoredPrize[]>().notNull().default([]),
    statementId: uuid('statement_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.contestId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.contestId], foreignColumns: [contests.orgId, contests.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [members.orgId, members.userId] }),
  ],
);

/** Awards: rep of the month, of the year, or one the org names, given to a rep for a period. */
export const awards = pgTable(
  'awards',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind', { enum: awardKinds }).notNull(),
    name: text('name').notNull(),
    repId: uuid('rep_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    citation: text('citation').notNull(),
    givenBy: uuid('given_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [members.orgId, members.userId] }),
    index('awards_created_idx').on(t.orgId, t.createdAt, t.id),
  ],
);

/**
 * The recognition feed: kudos people post, and what Pacer posts itself (a goal reached, a contest
 * won, an award). An automatic post names its source, so it is posted once.
 */
export const recognitionPosts = pgTable(
  'recognition_posts',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind', { enum: recognitionKinds }).notNull(),
    authorId: uuid('author_id').references(() => users.id),
    subjectId: uuid('subject_id').references(() => users.id),
    text: text('text').notNull(),
    // What Pacer posts, to show in each reader's language; null for kudos and for older posts.
    messageCode: text('message_code', { enum: recognitionMessageCodes }),
    messageParams: jsonb('message_params').$type<Record<string, string>>(),
    sourceId: uuid('source_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(nowMs),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('recognition_posts_feed_idx').on(t.orgId, t.createdAt, t.id),
    index('recognition_posts_subject_idx').on(t.orgId, t.subjectId, t.createdAt),
    uniqueIndex('recognition_posts_source_idx')
      .on(t.orgId, t.kind, t.sourceId, t.subjectId)
      .where(sql`source_id is not null`),
  ],
);

/** One reaction (a cheer) per person per post. */
export const recognitionReactions = pgTable(
  'recognition_reactions',
  {
    orgId: uuid('org_id').notNull(),
    postId: uuid('post_id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.postId, t.userId] }),
    foreignKey({
      columns: [t.orgId, t.postId],
      foreignColumns: [recognitionPosts.orgId, recognitionPosts.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [members.orgId, members.userId] }),
  ],
);
