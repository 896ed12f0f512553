import type { Address, CustomValues } from '@pacer/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { amount, archivedAt, createdAt, externalId, ownerId, searchText, updatedAt } from '../../platform/db/columns';
import { members } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';
import { regions } from '../regions/regions.table';

/** Companies the org sells to. */
export const accounts = pgTable(
  'accounts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    ownerId: ownerId(),
    name: text('name').notNull(),
    domain: text('domain'),
    industry: text('industry'),
    employees: integer('employees'),
    annualRevenue: amount('annual_revenue'),
    address: jsonb('address').$type<Address>().notNull().default({}),
    regionId: uuid('region_id'),
    parentAccountId: uuid('parent_account_id'),
    isKeyAccount: boolean('is_key_account').notNull().default(false),
    custom: jsonb('custom').$type<CustomValues>().notNull().default({}),
    externalId: externalId(),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    searchText: searchText(sql`lower(name || ' ' || coalesce(domain, '') || ' ' || coalesce(industry, ''))`),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [members.orgId, members.userId] }),
    foreignKey({ columns: [t.orgId, t.regionId], foreignColumns: [regions.orgId, regions.id] }).onDelete('set null'),
    foreignKey({ columns: [t.orgId, t.parentAccountId], foreignColumns: [t.orgId, t.id] }),
    unique('accounts_external_id_key').on(t.orgId, t.externalId),
    index('accounts_owner_idx').on(t.orgId, t.ownerId),
    index('accounts_name_idx').on(t.orgId, sql`lower(${t.name})`, t.id),
    index('accounts_region_idx').on(t.orgId, t.regionId),
    // The 80/20 view: accounts by revenue, and accounts of an industry, newest first.
    index('accounts_revenue_idx').on(t.orgId, sql`coalesce(${t.annualRevenue}, 0)`, t.id),
    index('accounts_industry_idx').on(t.orgId, sql`lower(${t.industry})`, t.createdAt),
    index('accounts_parent_idx').on(t.orgId, t.parentAccountId),
    index('accounts_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);
