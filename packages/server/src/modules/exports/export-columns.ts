import { type CustomField, importFieldSpecs, type RecordType } from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { activities } from '../activities/activities.table';
import { contacts } from '../contacts/contacts.table';
import { deals } from '../deals/deals.table';
import { estimates } from '../estimates/estimates.table';
import { leads } from '../leads/leads.table';
import { products } from '../products/products.table';

/** How a cell is written: text is guarded against formulas; numbers and dates are typed in XLSX. */
export type ExportKind = 'text' | 'number' | 'date' | 'datetime' | 'boolean';

export interface ExportColumn {
  key: string;
  header: string;
  kind: ExportKind;
  /** SQL giving the cell as text (or null), over the record's table and the joins of its spec. */
  value: SQL;
}

/** What an export of one record type reads: its table, the joins its columns need, its columns. */
export interface ExportSource {
  table: PgTable;
  joins: SQL;
  columns: ExportColumn[];
}

const instant = (expr: string) => sql.raw(`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const amount = (expr: string) => sql.raw(`trim_scale(${expr})::text`);
const yesNo = (expr: string) => sql.raw(`case when ${expr} then 'true' else 'false' end`);
const raw = (expr: string) => sql.raw(`(${expr})::text`);

/**
 * Headers are the field labels of the import (the `pacer` preset), so an export imports back; the
 * owner is written by e-mail, references by name. A few read-only columns follow.
 */
const labelOf = (recordType: RecordType, key: string) =>
  importFieldSpecs[recordType].find((f) => f.key === key)?.label ?? key;

const columnsOf = (
  recordType: RecordType,
  list: [string, ExportKind, SQL][],
  extras: [string, string, ExportKind, SQL][],
) => [
  ...list.map(([key, kind, value]) => ({ key, header: labelOf(recordType, key), kind, value })),
  ...extras.map(([key, header, kind, value]) => ({ key, header, kind, value })),
];

const owner = (table: string): [string, ExportKind, SQL] => [
  'owner',
  'text',
  raw(`(select u.email from users u where u.id = ${table}.owner_id)`),
];
const ownerName = (table: string): [string, string, ExportKind, SQL] => [
  'ownerName',
  'Owner Name',
  'text',
  raw(`(select u.name from users u where u.id = ${table}.owner_id)`),
];
const meta = (table: string): [string, string, ExportKind, SQL][] => [
  ownerName(table),
  ['updatedAt', 'Updated', 'datetime', instant(`${table}.updated_at`)],
  ['archivedAt', 'Archived', 'datetime', instant(`${table}.archived_at`)],
];
const address = (table: string): [string, ExportKind, SQL][] => [
  ['street', 'text', raw(`${table}.address->>'street'`)],
  ['city', 'text', raw(`${table}.address->>'city'`)],
  ['postalCode', 'text', raw(`${table}.address->>'postalCode'`)],
  ['state', 'text', raw(`${table}.address->>'region'`)],
  ['country', 'text', raw(`${table}.address->>'country'`)],
];
const nameOf = (table: string, column: string, of: string) =>
  raw(`(select x.name from ${table} x where x.org_id = ${of}.org_id and x.id = ${of}.${column})`);

const sources: Record<RecordType, () => ExportSource> = {
  accounts: () => ({
    table: accounts,
    joins: sql``,
    columns: columnsOf(
      'accounts',
      [
        ['id', 'text', raw('accounts.id')],
        ['externalId', 'text', raw('accounts.external_id')],
        ['name', 'text', raw('accounts.name')],
        ['domain', 'text', raw('accounts.domain')],
        ['industry', 'text', raw('accounts.industry')],
        ['employees', 'number', raw('accounts.employees')],
        ['annualRevenue', 'number', amount('accounts.annual_revenue')],
        ...address('accounts'),
        ['region', 'text', nameOf('regions', 'region_id', 'accounts')],
        ['parentAccount', 'text', nameOf('accounts', 'parent_account_id', 'accounts')],
        ['isKeyAccount', 'boolean', yesNo('accounts.is_key_account')],
        owner('accounts'),
        ['createdAt', 'datetime', instant('accounts.created_at')],
      ],
      meta('accounts'),
    ),
  }),
  contacts: () => ({
    table: contacts,
    joins: sql``,
    columns: columnsOf(
      'contacts',
      [
        ['id', 'text', raw('contacts.id')],
        ['externalId', 'text', raw('contacts.external_id')],
        ['firstName', 'text', raw('contacts.first_name')],
        ['lastName', 'text', raw('contacts.last_name')],
        ['title', 'text', raw('contacts.title')],
        ['email', 'text', raw(`contacts.emails->0->>'email'`)],
        ['email2', 'text', raw(`contacts.emails->1->>'email'`)],
        [
          'phone',
          'text',
          raw(
            `(select p->>'phone' from jsonb_array_elements(contacts.phones) p where p->>'label' is distinct from 'mobile' limit 1)`,
          ),
        ],
        [
          'mobile',
          'text',
          raw(`(select p->>'phone' from jsonb_array_elements(contacts.phones) p where p->>'label' = 'mobile' limit 1)`),
        ],
        ...address('contacts'),
        ['account', 'text', nameOf('accounts', 'account_id', 'contacts')],
        ['isInfluencer', 'boolean', yesNo('contacts.is_influencer')],
        ['notes', 'text', raw('contacts.notes')],
        owner('contacts'),
        ['createdAt', 'datetime', instant('contacts.created_at')],
      ],
      meta('contacts'),
    ),
  }),
  leads: () => ({
    table: leads,
    joins: sql``,
    columns: columnsOf(
      'leads',
      [
        ['id', 'text', raw('leads.id')],
        ['externalId', 'text', raw('leads.external_id')],
        ['firstName', 'text', raw('leads.first_name')],
        ['lastName', 'text', raw('leads.last_name')],
        ['company', 'text', raw('leads.company')],
        ['title', 'text', raw('leads.title')],
        ['email', 'text', raw('leads.email')],
        ['phone', 'text', raw('leads.phone')],
        ['source', 'text', raw('leads.source')],
        ['status', 'text', raw('leads.status')],
        ['followUpDueAt', 'datetime', instant('leads.follow_up_due_at')],
        ['disqualifiedReason', 'text', raw('leads.disqualified_reason')],
        ['notes', 'text', raw('leads.notes')],
        owner('leads'),
        ['createdAt', 'datetime', instant('leads.created_at')],
      ],
      meta('leads'),
    ),
  }),
  deals: () => ({
    table: deals,
    // The board's sort by stage reads the stage's position.
    joins: sql`join stages on stages.org_id = deals.org_id and stages.id = deals.stage_id`,
    columns: columnsOf(
      'deals',
      [
        ['id', 'text', raw('deals.id')],
        ['externalId', 'text', raw('deals.external_id')],
        ['name', 'text', raw('deals.name')],
        ['account', 'text', nameOf('accounts', 'account_id', 'deals')],
        ['pipeline', 'text', nameOf('pipelines', 'pipeline_id', 'deals')],
        ['stage', 'text', raw('stages.name')],
        ['amount', 'number', amount('deals.amount')],
        ['currency', 'text', raw('deals.currency')],
        ['expectedCloseDate', 'date', raw('deals.expected_close_date')],
        ['closedOn', 'date', raw('deals.closed_on')],
        ['lostReason', 'text', raw('deals.lost_reason')],
        ['competitor', 'text', raw('deals.competitor')],
        owner('deals'),
        ['createdAt', 'datetime', instant('deals.created_at')],
      ],
      [
        ['stageKind', 'Stage Kind', 'text', raw('stages.kind')],
        ['probability', 'Probability (%)', 'number', raw('stages.probability')],
        [
          'products',
          'Products',
          'text',
          raw(
            `(select string_agg(li.product_name, '; ' order by li.position) from deal_line_items li where li.org_id = deals.org_id and li.deal_id = deals.id)`,
          ),
        ],
        ...meta('deals'),
      ],
    ),
  }),
  products: () => ({
    table: products,
    joins: sql``,
    columns: columnsOf(
      'products',
      [
        ['id', 'text', raw('products.id')],
        ['externalId', 'text', raw('products.external_id')],
        ['name', 'text', raw('products.name')],
        ['sku', 'text', raw('products.sku')],
        ['productLine', 'text', nameOf('product_lines', 'product_line_id', 'products')],
        ['listPrice', 'number', amount('products.list_price')],
        ['currency', 'text', raw('products.currency')],
        ['description', 'text', raw('products.description')],
      ],
      [
        ['updatedAt', 'Updated', 'datetime', instant('products.updated_at')],
        ['archivedAt', 'Archived', 'datetime', instant('products.archived_at')],
      ],
    ),
  }),
  estimates: () => ({
    table: estimates,
    joins: sql``,
    columns: columnsOf(
      'estimates',
      [
        ['id', 'text', raw('estimates.id')],
        ['externalId', 'text', raw('estimates.external_id')],
        ['number', 'text', raw('estimates.number')],
        ['account', 'text', nameOf('accounts', 'account_id', 'estimates')],
        ['deal', 'text', nameOf('deals', 'deal_id', 'estimates')],
        ['productLine', 'text', nameOf('product_lines', 'product_line_id', 'estimates')],
        ['amount', 'number', amount('estimates.amount')],
        ['currency', 'text', raw('estimates.currency')],
        ['status', 'text', raw('estimates.status')],
        ['estimateDate', 'date', raw('estimates.estimate_date')],
        ['notes', 'text', raw('estimates.notes')],
        owner('estimates'),
        ['createdAt', 'datetime', instant('estimates.created_at')],
      ],
      meta('estimates'),
    ),
  }),
  activities: () => ({
    table: activities,
    joins: sql``,
    columns: columnsOf(
      'activities',
      [
        ['id', 'text', raw('activities.id')],
        ['externalId', 'text', raw('activities.external_id')],
        ['type', 'text', raw('activities.type')],
        ['direction', 'text', raw('activities.direction')],
        ['outcome', 'text', raw('activities.outcome')],
        ['subject', 'text', raw('activities.subject')],
        ['notes', 'text', raw('activities.notes')],
        ['scheduledAt', 'datetime', instant('activities.scheduled_at')],
        ['completedAt', 'datetime', instant('activities.completed_at')],
        ['durationMinutes', 'number', raw('activities.duration_minutes')],
        ['location', 'text', raw('activities.location')],
        ['account', 'text', nameOf('accounts', 'account_id', 'activities')],
        [
          'contact',
          'text',
          raw(
            `(select x.full_name from contacts x where x.org_id = activities.org_id and x.id = activities.contact_id)`,
          ),
        ],
        ['deal', 'text', nameOf('deals', 'deal_id', 'activities')],
        [
          'lead',
          'text',
          raw(`(select x.full_name from leads x where x.org_id = activities.org_id and x.id = activities.lead_id)`),
        ],
        owner('activities'),
        ['createdAt', 'datetime', instant('activities.created_at')],
      ],
      meta('activities'),
    ),
  }),
};

/** The export columns of a record type, the org's custom fields last (by their labels). */
export const exportSource = (recordType: RecordType, customFields: CustomField[]): ExportSource => {
  const source = sources[recordType]();
  const table = recordType;
  const custom = customFields.map(
    (field): ExportColumn => ({
      key: `custom.${field.key}`,
      header: field.label,
      kind:
        field.type === 'number'
          ? 'number'
          : field.type === 'boolean'
            ? 'boolean'
            : field.type === 'date'
              ? 'date'
              : 'text',
      value: sql.raw(`(${table}.custom->>'${field.key.replaceAll("'", "''")}')`),
    }),
  );
  return { ...source, columns: [...source.columns, ...custom] };
};
