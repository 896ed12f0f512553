import { foreignKey, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { members, repTypeEnum, roleEnum } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';
import { teams } from '../teams/teams.table';

/** An invitation to join an org with a role; the link's token is stored only as a hash. */
export const invitations = pgTable(
  'invitations',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    email: text('email').notNull(),
    role: roleEnum('role').notNull(),
    repType: repTypeEnum('rep_type'),
    teamId: uuid('team_id'),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('invitations_token_unique').on(t.orgId, t.tokenHash),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }),
    foreignKey({ columns: [t.orgId, t.invitedBy], foreignColumns: [members.orgId, members.userId] }),
  ],
);
