import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../packages/server/src/platform/db/client';
import { type Caller, callApi } from './session';

/** The requests the CRM benchmark times: lists (first and deep pages), totals, search and logging a call. */

export type CaseGroup = 'health' | 'list' | 'deep' | 'totals' | 'search' | 'write';

export interface BenchCase {
  name: string;
  group: CaseGroup;
  role: 'none' | 'rep' | 'manager' | 'admin';
  path: string;
  method: 'GET' | 'POST';
  body?: () => unknown;
  expect: number;
  /** For deep pages: how many rows the cursor skips. */
  depth?: number;
}

export interface Callers {
  rep: Caller;
  manager: Caller;
  admin: Caller;
}

/** Ids and dates the filters name, read from the loaded org. */
export interface Fixtures {
  today: string;
  monthStart: string;
  weekStart: string;
  quarterStart: string;
  pipelineId: string;
  productLineId: string;
  /** A key account of the rep, with contacts and an open deal: visible to all three callers. */
  accountId: string;
  contactId: string;
  dealId: string;
}

export const readFixtures = async (db: Db, orgId: string, repId: string): Promise<Fixtures> => {
  const [row] = await queryRows<Omit<Fixtures, 'monthStart' | 'weekStart' | 'quarterStart'>>(
    db,
    sql`select to_char((max(d.created_at) at time zone o.time_zone)::date, 'YYYY-MM-DD') as today,
          (select id from pipelines where org_id = ${orgId} and is_default) as "pipelineId",
          (select id from product_lines where org_id = ${orgId} and name = 'Power Tools') as "productLineId",
          (select d2.account_id from deals d2 join stages s on s.org_id = d2.org_id and s.id = d2.stage_id
             join accounts a on a.org_id = d2.org_id and a.id = d2.account_id
           where d2.org_id = ${orgId} and d2.owner_id = ${repId} and s.kind = 'open' and a.is_key_account
           order by d2.created_at desc limit 1) as "accountId",
          null as "contactId", null as "dealId"
        from deals d join orgs o on o.id = d.org_id where d.org_id = ${orgId} group by o.time_zone`,
  );
  if (!row?.accountId) throw new Error('the rep has no open deal at a key account');
  const [links] = await queryRows<{ contactId: string; dealId: string }>(
    db,
    sql`select (select id from contacts where org_id = ${orgId} and account_id = ${row.accountId} limit 1) as "contactId",
               (select d.id from deals d join stages s on s.org_id = d.org_id and s.id = d.stage_id
                where d.org_id = ${orgId} and d.account_id = ${row.accountId} and s.kind = 'open' limit 1) as "dealId"`,
  );
  const today = new Date(`${row.today}T00:00:00Z`);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const weekStart = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86_400_000);
  const quarterStart = new Date(Date.UTC(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3, 1));
  return {
    ...row,
    ...(links as { contactId: string; dealId: string }),
    monthStart: `${row.today.slice(0, 7)}-01`,
    weekStart: iso(weekStart),
    quarterStart: iso(quarterStart),
  };
};

/** The list, deep-page and totals cases of each resource, for one role. */
const listCases = (role: BenchCase['role'], f: Fixtures): BenchCase[] => {
  const get = (group: CaseGroup, name: string, path: string): BenchCase => ({
    name: `${role}: ${name}`,
    group,
    role,
    path: `/api/v1/${path}`,
    method: 'GET',
    expect: 200,
  });
  const month = `from=${f.monthStart}&to=${f.today}`;
  return [
    get('list', 'accounts', 'accounts?limit=50'),
    get('list', 'accounts key, by revenue', 'accounts?limit=50&isKeyAccount=true&sort=-annualRevenue'),
    get('list', 'accounts in an industry, newest', 'accounts?limit=50&industry=Manufacturing&sort=-createdAt'),
    get('deep', 'accounts deep', 'accounts?limit=50'),
    get('totals', 'accounts totals', 'accounts/totals'),
    get('totals', 'accounts totals key', 'accounts/totals?isKeyAccount=true'),
    get('list', 'contacts', 'contacts?limit=50'),
    get('list', 'contacts influencers', 'contacts?limit=50&isInfluencer=true'),
    get('list', 'contacts of an account', `contacts?limit=50&accountId=${f.accountId}`),
    get('deep', 'contacts deep', 'contacts?limit=50'),
    get('totals', 'contacts totals', 'contacts/totals'),
    get('list', 'leads', 'leads?limit=50'),
    get('list', 'leads new from marketing, by due', 'leads?limit=50&status=new&source=company&sort=followUpDueAt'),
    get('list', 'leads overdue', 'leads?limit=50&overdue=true'),
    get('deep', 'leads deep', 'leads?limit=50'),
    get('totals', 'leads totals working', 'leads/totals?status=working'),
    get('list', 'deals', 'deals?limit=50'),
    get('list', 'deals open, by amount', 'deals?limit=50&stageKind=open&sort=-amount'),
    get(
      'list',
      'deals won this quarter',
      `deals?limit=50&stageKind=won&closedFrom=${f.quarterStart}&closedTo=${f.today}`,
    ),
    get(
      'list',
      'deals of a line and pipeline',
      `deals?limit=50&productLineId=${f.productLineId}&pipelineId=${f.pipelineId}`,
    ),
    get('deep', 'deals deep', 'deals?limit=50'),
    get('totals', 'deals totals open', 'deals/totals?stageKind=open'),
    get(
      'totals',
      'deals totals won this quarter',
      `deals/totals?stageKind=won&closedFrom=${f.quarterStart}&closedTo=${f.today}`,
    ),
    get('list', 'activities', 'activities?limit=50'),
    get('list', 'activities calls this week', `activities?limit=50&type=call&from=${f.weekStart}&to=${f.today}`),
    get('list', 'activities planned, soonest', 'activities?limit=50&state=planned&sort=scheduledAt'),
    get('list', 'activities of a deal', `activities?limit=50&dealId=${f.dealId}`),
    get('deep', 'activities deep', 'activities?limit=50'),
    get('totals', 'activities totals this month', `activities/totals?${month}`),
    get('list', 'estimates', 'estimates?limit=50'),
    get('list', 'estimates sent for a line', `estimates?limit=50&status=sent&productLineId=${f.productLineId}`),
    get('list', 'estimates this month, by amount', `estimates?limit=50&${month}&sort=-amount`),
    get('deep', 'estimates deep', 'estimates?limit=50'),
    get('totals', 'estimates totals this month', `estimates/totals?${month}`),
  ];
};

/** Words people type into the search box: a company, a surname, two words, a fragment, an e-mail. */
export const searchTerms = ['ironwood', 'nguyen', 'cedar ridge', 'metalw', 'james.smith'];

export const buildCases = (f: Fixtures): BenchCase[] => {
  const roles = ['rep', 'manager', 'admin'] as const;
  const logCall = () => ({
    type: 'call',
    direction: 'outbound',
    outcome: 'connected',
    durationMinutes: 6,
    subject: 'Reorder check-in',
    notes: 'Talked through the spring order; sending a quote for the drills.',
    accountId: f.accountId,
    contactId: f.contactId,
    dealId: f.dealId,
  });
  return [
    { name: 'health (no auth)', group: 'health', role: 'none', path: '/api/health', method: 'GET', expect: 200 },
    ...roles.flatMap((role) => listCases(role, f)),
    ...roles.flatMap((role) =>
      searchTerms.map(
        (q): BenchCase => ({
          name: `${role}: search "${q}"`,
          group: 'search',
          role,
          path: `/api/v1/search?q=${encodeURIComponent(q)}`,
          method: 'GET',
          expect: 200,
        }),
      ),
    ),
    ...(['rep', 'manager'] as const).map(
      (role): BenchCase => ({
        name: `${role}: log a call`,
        group: 'write',
        role,
        path: '/api/v1/activities',
        method: 'POST',
        body: logCall,
        expect: 201,
      }),
    ),
  ];
};

/**
 * Turns each deep case into a page `depth` rows into its list: pages of 500 are read up to there
 * (or the end) and the cursor of the last one is kept.
 */
export const resolveDeepCursors = async (baseUrl: string, callers: Callers, cases: BenchCase[], depth: number) => {
  for (const c of cases) {
    if (c.group !== 'deep' || c.role === 'none') continue;
    const caller = callers[c.role];
    const base = c.path.replace('limit=50', 'limit=500');
    let cursor: string | null = null;
    let skipped = 0;
    while (skipped < depth) {
      const page: { items: unknown[]; nextCursor: string | null } = await callApi(
        baseUrl,
        caller,
        cursor ? `${base}&cursor=${encodeURIComponent(cursor)}` : base,
      );
      if (!page.nextCursor) break;
      skipped += page.items.length;
      cursor = page.nextCursor;
    }
    c.depth = skipped;
    if (cursor) c.path = `${c.path}&cursor=${encodeURIComponent(cursor)}`;
  }
};
