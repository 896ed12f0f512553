import { closedLeadStatuses, type Lead, type ListLeadsQuery } from '@pacer/core';
import { and, eq, not, type SQL, sql } from 'drizzle-orm';
import { forSortedPage, type Scope, visibleRecord } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import type { RecordKind } from '../records/record-queries';
import { keysetList, listTotals, orNotFound, recordListFilters, writtenRow } from '../records/record-queries';
import { leads } from './leads.table';

/** Leads this scope may see: leads have no account, so only the owner (and their managers) reach them. */
export const visibleLead = (scope: Scope): SQL => visibleRecord(scope, { orgId: leads.orgId, ownerId: leads.ownerId });

/** Leads as the shared record actions see them. */
export const leadKind: RecordKind<typeof leads> = {
  table: leads,
  entity: 'lead',
  plural: 'Leads',
  visible: visibleLead,
};

const closedStatuses = sql.join(
  closedLeadStatuses.map((status) => sql`${status}::lead_status`),
  sql`, `,
);

/**
 * Whether the follow-up deadline passed at `now` without a follow-up, on an open lead. Written so
 * the partial index on open follow-ups serves it.
 */
export const leadOverdue = (now: Date): SQL =>
  sql`(${leads.followedUpAt} is null and ${leads.followUpDueAt} is not null and ${leads.followUpDueAt} < ${now.toISOString()}::timestamptz and ${leads.status} not in (${closedStatuses}))`;

type LeadRow = { lead: typeof leads.$inferSelect; ownerName: string; isOverdue: boolean };

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const toLead = ({ lead, ownerName, isOverdue }: LeadRow): Lead => ({
  id: lead.id,
  ownerId: lead.ownerId,
  ownerName,
  externalId: lead.externalId,
  archivedAt: iso(lead.archivedAt),
  createdAt: lead.createdAt.toISOString(),
  updatedAt: lead.updatedAt.toISOString(),
  firstName: lead.firstName,
  lastName: lead.lastName,
  name: lead.fullName ?? lead.lastName,
  company: lead.company,
  title: lead.title,
  email: lead.email,
  phone: lead.phone,
  source: lead.source,
  status: lead.status,
  followUpDueAt: iso(lead.followUpDueAt),
  followedUpAt: iso(lead.followedUpAt),
  isOverdue,
  disqualifiedReason: lead.disqualifiedReason,
  notes: lead.notes,
  convertedAt: iso(lead.convertedAt),
  convertedAccountId: lead.convertedAccountId,
  convertedContactId: lead.convertedContactId,
  convertedDealId: lead.convertedDealId,
  custom: lead.custom,
});

const selectLeads = (db: Db, now: Date, sortValue: SQL = sql`null`) =>
  db
    .select({ lead: leads, ownerName: users.name, isOverdue: sql<boolean>`${leadOverdue(now)}`, sortValue })
    .from(leads)
    .innerJoin(users, eq(users.id, leads.ownerId));

/** Start of a calendar day in the org's time zone. */
const dayStart = (scope: Scope, day: string, plusDays = 0): SQL =>
  sql`((${day}::date + ${plusDays}::int)::timestamp at time zone (select time_zone from orgs where id = ${scope.orgId}))`;

export type LeadFilters = Omit<ListLeadsQuery, 'limit' | 'cursor' | 'sort'>;

/** The filters of the leads list, shared by the list, its totals and its export. `now` decides what is overdue. */
export const leadFilters = (scope: Scope, query: LeadFilters, now: Date): SQL =>
  and(
    recordListFilters(scope, leadKind, leads.searchText, query),
    query.status ? eq(leads.status, query.status) : undefined,
    query.source ? eq(leads.source, query.source) : undefined,
    query.overdue ? (query.overdue === 'true' ? leadOverdue(now) : not(leadOverdue(now))) : undefined,
    query.createdFrom ? sql`${leads.createdAt} >= ${dayStart(scope, query.createdFrom)}` : undefined,
    query.createdTo ? sql`${leads.createdAt} < ${dayStart(scope, query.createdTo, 1)}` : undefined,
  ) as SQL;

export const leadSortKeys = {
  name: { expr: sql`lower(${leads.fullName})`, type: 'text', notNull: true },
  createdAt: { expr: leads.createdAt, type: 'timestamptz', notNull: true },
  updatedAt: { expr: leads.updatedAt, type: 'timestamptz', notNull: true },
  // Leads without a deadline come after those with one, so "due soonest" reads from the top.
  followUpDueAt: {
    expr: sql`coalesce(${leads.followUpDueAt}, 'infinity'::timestamptz)`,
    type: 'timestamptz',
    notNull: true,
  },
  company: { expr: sql`lower(${leads.company})`, type: 'text' },
} as const;

/** One page of leads, filtered and sorted. */
export const listLeads = (db: Db, scope: Scope, query: ListLeadsQuery, now: Date) =>
  keysetList(
    { keys: leadSortKeys, id: leads.id, query },
    (keyset) =>
      selectLeads(db, now, keyset.sortValue)
        .where(and(leadFilters(forSortedPage(scope), query, now), keyset.after))
        .orderBy(...keyset.orderBy)
        .limit(keyset.fetch),
    (row) => row.lead.id,
    toLead,
  );

export const leadTotals = (db: Db, scope: Scope, query: LeadFilters, now: Date) =>
  listTotals(db, leads, leadFilters(scope, query, now));

export const findLead = async (db: Db, scope: Scope, id: string, now: Date): Promise<Lead | null> => {
  const [row] = await selectLeads(db, now).where(and(visibleLead(scope), eq(leads.id, id)));
  return row ? toLead(row) : null;
};

/** The lead as just written (see `writtenRow`). */
export const findLeadAfterWrite = async (db: Db, scope: Scope, id: string, now: Date): Promise<Lead> => {
  const [row] = await selectLeads(db, now).where(writtenRow(scope, leads, id));
  return toLead(orNotFound(row, 'lead'));
};
