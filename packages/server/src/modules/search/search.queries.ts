import type { SearchHit, SearchQuery } from '@pacer/core';
import { type AnyColumn, and, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { visibleAccount } from '../accounts/accounts.queries';
import { accounts } from '../accounts/accounts.table';
import { visibleContact } from '../contacts/contacts.queries';
import { contacts } from '../contacts/contacts.table';
import { visibleDeal } from '../deals/deals.queries';
import { deals } from '../deals/deals.table';
import { visibleLead } from '../leads/leads.queries';
import { leads } from '../leads/leads.table';
import { escapeLike } from '../records/record-queries';

type SearchType = SearchHit['type'];

/**
 * Rows whose search text holds every word of the query: words of three letters or more anywhere,
 * shorter ones at the start of a word. Both shapes give the trigram index something to look up;
 * a bare two-letter "contains" would read the whole table.
 */
const matches = (searchText: AnyColumn, q: string): SQL =>
  sql.join(
    q
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 8)
      .map((word) => {
        const text = escapeLike(word);
        return word.length >= 3
          ? sql`${searchText} like ${`%${text}%`}`
          : sql`(${searchText} like ${`${text}%`} or ${searchText} like ${`% ${text}%`})`;
      }),
    sql` and `,
  );

/** How well a row answers: the best-matching stretch of its text first, then the text as a whole. */
const rankOf = (searchText: SQL, q: string) => ({
  word: sql`word_similarity(${q}, ${searchText})`,
  whole: sql`similarity(${q}, ${searchText})`,
});

/**
 * Matches of one type ranked among at most this many candidates: a broad word ("renewal" in a
 * third of all deals) then costs a bounded read instead of ranking every matching row.
 */
const candidatesPerType = 100;

interface Branch {
  table: SQL;
  joins?: SQL;
  visible: (scope: Scope) => SQL;
  searchText: AnyColumn;
  id: AnyColumn;
  archivedAt: AnyColumn;
  title: SQL;
  subtitle: SQL;
}

// Names joined under aliases of their own: the visibility predicates name the searched tables in full.
const branches: Record<SearchType, Branch> = {
  accounts: {
    table: sql`accounts`,
    visible: visibleAccount,
    searchText: accounts.searchText,
    id: accounts.id,
    archivedAt: accounts.archivedAt,
    title: sql`${accounts.name}`,
    subtitle: sql`coalesce(${accounts.domain}, ${accounts.industry})`,
  },
  contacts: {
    table: sql`contacts`,
    joins: sql`left join accounts at_account on at_account.org_id = ${contacts.orgId} and at_account.id = ${contacts.accountId}`,
    visible: visibleContact,
    searchText: contacts.searchText,
    id: contacts.id,
    archivedAt: contacts.archivedAt,
    title: sql`coalesce(${contacts.fullName}, ${contacts.lastName})`,
    subtitle: sql`nullif(concat_ws(' · ', ${contacts.title}, at_account.name), '')`,
  },
  leads: {
    table: sql`leads`,
    visible: visibleLead,
    searchText: leads.searchText,
    id: leads.id,
    archivedAt: leads.archivedAt,
    title: sql`coalesce(${leads.fullName}, ${leads.lastName})`,
    subtitle: sql`${leads.company}`,
  },
  deals: {
    table: sql`deals`,
    joins: sql`left join accounts at_account on at_account.org_id = ${deals.orgId} and at_account.id = ${deals.accountId}
      join stages at_stage on at_stage.org_id = ${deals.orgId} and at_stage.id = ${deals.stageId}`,
    visible: visibleDeal,
    searchText: deals.searchText,
    id: deals.id,
    archivedAt: deals.archivedAt,
    title: sql`${deals.name}`,
    subtitle: sql`concat_ws(' · ', at_account.name, at_stage.name)`,
  },
};

const branchQuery = (scope: Scope, type: SearchType, q: string, limit: number): SQL => {
  const branch = branches[type];
  const rank = rankOf(sql`c.search_text`, q);
  return sql`(select ${type}::text as type, c.id, c.title, c.subtitle, c.archived,
      ${rank.word} as word_rank, ${rank.whole} as whole_rank
    from (select ${branch.id} as id, ${branch.title} as title, ${branch.subtitle} as subtitle,
        ${branch.archivedAt} is not null as archived, ${branch.searchText} as search_text
      from ${branch.table} ${branch.joins ?? sql``}
      where ${and(branch.visible(scope), matches(branch.searchText, q))}
      limit ${candidatesPerType}) c
    order by c.archived, word_rank desc, whole_rank desc, c.title
    limit ${limit})`;
};

/**
 * Accounts, contacts, leads and deals the caller may see that match the words, best first and
 * active before archived, at most `limit` of each type.
 */
export const searchRecords = async (db: Db, scope: Scope, query: SearchQuery): Promise<SearchHit[]> => {
  const q = query.q.toLowerCase();
  const types = [...new Set(query.types)];
  const rows = await db.transaction(async (tx) => {
    // Each branch stops at its first matches (a limit), and the planner then likes to walk a whole
    // table hoping to meet them early; when the caller sees few of them it reads every row. The
    // trigram indexes find the matches directly, so sequential scans are ruled out for this query.
    await tx.execute(sql`set local enable_seqscan = off`);
    return queryRows<SearchHit & { word_rank: number }>(
      tx,
      sql`select type, id, title, subtitle, archived from (${sql.join(
        types.map((type) => branchQuery(scope, type, q, query.limit)),
        sql` union all `,
      )}) hits
      order by archived, word_rank desc, whole_rank desc, title`,
    );
  });
  return rows.map(({ type, id, title, subtitle, archived }) => ({ type, id, title, subtitle, archived }));
};
