import type { ReferenceKind } from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Scope } from '../../platform/auth/access-policy';
import { visibleAccount } from '../accounts/accounts.queries';
import { accounts } from '../accounts/accounts.table';
import { visibleContact } from '../contacts/contacts.queries';
import { contacts } from '../contacts/contacts.table';
import { visibleDeal } from '../deals/deals.queries';
import { deals } from '../deals/deals.table';
import { visibleLead } from '../leads/leads.queries';
import { leads } from '../leads/leads.table';

/**
 * How each kind of reference is looked up, set-based: a relation of (k, id, why, extras) where `k`
 * is a lower-cased key a cell may hold (external id, name, e-mail, Pacer id) and `why` says why the
 * record may not be used (null when it may). Only keys that occur in the file are read.
 */
export interface Lookup {
  /** SQL of the relation, given the SQL set of keys the file holds. */
  relation(keys: SQL): SQL;
  /** Extra columns the relation carries, e.g. a product's line. */
  extras: string[];
  noun: string;
  /** How a cell names such a record, for the "not found" message. */
  by: string;
}

const notVisible = (visible: SQL, what: string) => sql`case when not (${visible}) then ${what} end`;

const keyed = (from: SQL, keys: SQL[], filter: SQL, extras: SQL = sql``) =>
  sql`select v.k, x.id, x.why${extras} from (${from}) x cross join lateral (values ${sql.join(
    keys.map((k) => sql`(${k})`),
    sql`, `,
  )}) v(k) where v.k is not null and v.k in (${filter})`;

export const lookups = (scope: Scope): Record<ReferenceKind, Lookup> => {
  const org = scope.orgId;
  /** Records the file names by external id, name or Pacer id; usable only when the importer sees them. */
  const visibleByName = (noun: string, table: PgTable, nameColumn: string, visible: SQL): Lookup => ({
    noun,
    by: 'name, external ID or Pacer ID',
    extras: [],
    relation: (keys) =>
      keyed(
        sql`select id, lower(external_id) as ext, lower(${sql.raw(nameColumn)}) as name,
              ${notVisible(visible, `is not ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} you may see`)} as why
            from ${table} where org_id = ${org}`,
        [sql`x.ext`, sql`x.name`, sql`x.id::text`],
        keys,
      ),
  });
  /** The org's own structure, named by name or Pacer id; `why` says when one may not be used. */
  const orgStructure = (noun: string, table: string, why: SQL = sql`null::text`): Lookup => ({
    noun,
    by: 'name or Pacer ID',
    extras: [],
    relation: (keys) =>
      keyed(
        sql`select id, lower(name) as name, ${why} as why from ${sql.raw(table)} where org_id = ${org}`,
        [sql`x.name`, sql`x.id::text`],
        keys,
      ),
  });
  const memberVisible = scope.userIds ? sql`m.user_id = any(${sql.param([...scope.userIds])}::uuid[])` : sql`true`;
  return {
    member: {
      noun: 'member',
      by: 'e-mail or name',
      extras: [],
      relation: (keys) =>
        keyed(
          sql`select m.user_id as id, lower(u.email) as email, lower(u.name) as name,
                case when m.status <> 'active' then 'is deactivated'
                     when not (${memberVisible}) then 'is outside your teams: you may not give them records' end as why
              from members m join users u on u.id = m.user_id where m.org_id = ${org}`,
          [sql`x.email`, sql`x.name`],
          keys,
        ),
    },
    account: visibleByName('account', accounts, 'name', visibleAccount(scope)),
    contact: {
      noun: 'contact',
      by: 'e-mail, name, external ID or Pacer ID',
      extras: [],
      relation: (keys) =>
        sql`${visibleByName('contact', contacts, 'full_name', visibleContact(scope)).relation(keys)} union all
        select lower(e.value->>'email'), c.id, c.why from (
          select id, emails, ${notVisible(visibleContact(scope), 'is not a contact you may see')} as why
          from ${contacts} where org_id = ${org}
        ) c cross join lateral jsonb_array_elements(c.emails) e where lower(e.value->>'email') in (${keys})`,
    },
    deal: visibleByName('deal', deals, 'name', visibleDeal(scope)),
    lead: {
      noun: 'lead',
      by: 'e-mail, name, external ID or Pacer ID',
      extras: [],
      relation: (keys) =>
        keyed(
          sql`select id, lower(external_id) as ext, lower(full_name) as name, lower(email) as email,
                ${notVisible(visibleLead(scope), 'is not a lead you may see')} as why
              from ${leads} where org_id = ${org}`,
          [sql`x.ext`, sql`x.name`, sql`x.email`, sql`x.id::text`],
          keys,
        ),
    },
    product: {
      noun: 'product',
      by: 'name, SKU, external ID or Pacer ID',
      extras: ['line', 'label'],
      relation: (keys) =>
        keyed(
          sql`select id, lower(external_id) as ext, lower(name) as lname, lower(sku) as lsku, null::text as why,
                product_line_id as line, name as label
              from products where org_id = ${org}`,
          [sql`x.ext`, sql`x.lname`, sql`x.lsku`, sql`x.id::text`],
          keys,
          sql`, x.line, x.label`,
        ),
    },
    productLine: orgStructure('product line', 'product_lines'),
    pipeline: orgStructure('pipeline', 'pipelines', sql`case when archived_at is not null then 'is archived' end`),
    region: orgStructure('region', 'regions'),
    // Stages are looked up within the row's pipeline: see the resolver.
    stage: {
      noun: 'stage',
      by: 'name',
      extras: [],
      relation: () => sql`select null::text as k, null::uuid as id, null::text as why`,
    },
  };
};
