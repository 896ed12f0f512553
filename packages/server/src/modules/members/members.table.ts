import { memberStatuses, repTypes, roles } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.table';
import { orgs } from '../orgs/orgs.table';

export const roleEnum = pgEnum('role', roles);
export const repTypeEnum = pgEnum('rep_type', repTypes);
export const memberStatusEnum = pgEnum('member_status', memberStatuses);

/** A user's membership of an org: role, rep type, status. Keyed (org_id, user_id). */
export const members = pgTable(
  'members',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: roleEnum('role').notNull(),
    repType: repTypeEnum('rep_type'),
    title: text('title'),
    status: memberStatusEnum('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    check('members_rep_type_check', sql`(${t.role} = 'rep') = (${t.repType} is not null)`),
    index('members_user_idx').on(t.userId),
  ],
);
