import { recordTypes } from '@pacer/core';
import { boolean, foreignKey, index, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns';
import { members } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';

export const recordTypeEnum = pgEnum('record_type', recordTypes);

/** Lists as people arranged them: filters, columns and sort under a name; shared ones are for all. */
export const savedViews = pgTable(
  'saved_views',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    ownerId: uuid('owner_id').notNull(),
    recordType: recordTypeEnum('record_type').notNull(),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<Record<string, string>>().notNull().default({}),
    columns: jsonb('columns').$type<string[]>().notNull().default([]),
    sort: text('sort'),
    shared: boolean('shared').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [members.orgId, members.userId] }).onDelete('cascade'),
    index('saved_views_owner_idx').on(t.orgId, t.recordType, t.ownerId),
  ],
);
