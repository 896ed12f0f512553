import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';

/**
 * The rules the services keep, phrased as queries that count the rows breaking them in one org.
 * The demo test runs them on a loaded org (both databases); each must count zero.
 */
export const demoRuleChecks = (orgId: string): Record<string, SQL> => ({
  'a deal is in the stage of its last stage change': sql`
    select count(*) from deals d
    where d.org_id = ${orgId} and d.stage_id is distinct from (
      select c.to_stage_id from deal_stage_changes c where c.org_id = d.org_id and c.deal_id = d.id
      order by c.changed_at desc, c.from_stage_id is null limit 1)`,
  'the first stage change creates the deal, when it was created': sql`
    select count(*) from deals d
    join lateral (select * from deal_stage_changes c where c.org_id = d.org_id and c.deal_id = d.id
                  order by c.changed_at limit 1) first on true
    where d.org_id = ${orgId} and (first.from_stage_id is not null or first.changed_at <> d.created_at)`,
  'each later stage change moves from the stage before it': sql`
    select count(*) from (
      select c.from_stage_id, lag(c.to_stage_id) over (partition by c.deal_id order by c.changed_at) as before, c.changed_at,
             row_number() over (partition by c.deal_id order by c.changed_at) as n
      from deal_stage_changes c where c.org_id = ${orgId}) x
    where x.n > 1 and x.from_stage_id is distinct from x.before`,
  'won and lost deals have their close date (the last move), open ones none': sql`
    select count(*) from deals d join stages s on s.org_id = d.org_id and s.id = d.stage_id join orgs o on o.id = d.org_id
    where d.org_id = ${orgId} and (
      (s.kind = 'open' and d.closed_on is not null) or
      (s.kind <> 'open' and d.closed_on is distinct from (d.stage_entered_at at time zone o.time_zone)::date))`,
  'lost deals say why, others do not': sql`
    select count(*) from deals d join stages s on s.org_id = d.org_id and s.id = d.stage_id
    where d.org_id = ${orgId} and ((s.kind = 'lost') <> (d.lost_reason is not null))`,
  'a deal entered its stage at its last change': sql`
    select count(*) from deals d
    where d.org_id = ${orgId} and d.stage_entered_at <> (
      select max(c.changed_at) from deal_stage_changes c where c.org_id = d.org_id and c.deal_id = d.id)`,
  'credit splits sum to 100': sql`
    select count(*) from (select deal_id from deal_splits where org_id = ${orgId}
                          group by deal_id having sum(percent) <> 100) x`,
  'line totals are quantity × price less discount, to the cent': sql`
    select count(*) from deal_line_items i
    where i.org_id = ${orgId} and i.total <> round(i.quantity * i.unit_price * (100 - i.discount_percent) / 100, 2)`,
  'a deal with line items is worth their sum': sql`
    select count(*) from deals d
    where d.org_id = ${orgId} and exists (select 1 from deal_line_items i where i.org_id = d.org_id and i.deal_id = d.id)
      and d.amount <> (select sum(i.total) from deal_line_items i where i.org_id = d.org_id and i.deal_id = d.id)`,
  'money is in the org currency, to the cent': sql`
    select (select count(*) from deals d join orgs o on o.id = d.org_id
            where d.org_id = ${orgId} and (d.currency <> o.currency or d.amount <> round(d.amount, 2)))
         + (select count(*) from estimates e join orgs o on o.id = e.org_id
            where e.org_id = ${orgId} and (e.currency <> o.currency or e.amount <> round(e.amount, 2)))`,
  'deals sit at accounts of their owner': sql`
    select count(*) from deals d join accounts a on a.org_id = d.org_id and a.id = d.account_id
    where d.org_id = ${orgId} and a.owner_id <> d.owner_id`,
  "activities link to their owner's accounts, contacts, deals and leads": sql`
    select count(*) from activities x
    left join accounts a on a.org_id = x.org_id and a.id = x.account_id
    left join contacts c on c.org_id = x.org_id and c.id = x.contact_id
    left join deals d on d.org_id = x.org_id and d.id = x.deal_id
    left join leads l on l.org_id = x.org_id and l.id = x.lead_id
    where x.org_id = ${orgId} and (a.owner_id <> x.owner_id or c.owner_id <> x.owner_id or d.owner_id <> x.owner_id
      or l.owner_id <> x.owner_id or c.account_id <> x.account_id or d.account_id <> x.account_id)`,
  'activities on a deal happen while it is open': sql`
    select count(*) from activities x join deals d on d.org_id = x.org_id and d.id = x.deal_id
    join orgs o on o.id = x.org_id
    where x.org_id = ${orgId} and x.completed_at is not null
      and ((x.completed_at at time zone o.time_zone)::date < (d.created_at at time zone o.time_zone)::date
        or (x.completed_at at time zone o.time_zone)::date > d.closed_on)`,
  'a submitted call report holds exactly its day’s done activities': sql`
    select count(*) from activities x join orgs o on o.id = x.org_id
    left join call_reports r on r.org_id = x.org_id and r.rep_id = x.owner_id
      and r.day = (x.completed_at at time zone o.time_zone)::date and r.status <> 'draft'
    where x.org_id = ${orgId} and x.completed_at is not null and x.call_report_id is distinct from r.id`,
  'draft call reports hold nothing; reviewed ones name the manager': sql`
    select count(*) from call_reports r
    where r.org_id = ${orgId} and (
      (r.status = 'draft' and (r.submitted_at is not null or exists (
        select 1 from activities x where x.org_id = r.org_id and x.call_report_id = r.id)))
      or (r.status <> 'draft' and r.submitted_at is null)
      or ((r.status = 'reviewed') <> (r.reviewed_at is not null and r.reviewed_by_id is not null))
      or (r.status = 'reviewed' and not exists (
        select 1 from teams t join team_members m on m.org_id = t.org_id and m.team_id = t.id
        where t.org_id = r.org_id and t.manager_id = r.reviewed_by_id and m.user_id = r.rep_id)))`,
  'company leads are due the org’s follow-up hours after they came in': sql`
    select count(*) from leads l join orgs o on o.id = l.org_id
    where l.org_id = ${orgId} and (l.source = 'company') <> coalesce(
      l.follow_up_due_at = l.created_at + make_interval(hours => o.lead_follow_up_hours), false)`,
  "a lead's follow-up is its first done activity": sql`
    select count(*) from leads l
    where l.org_id = ${orgId} and l.followed_up_at is distinct from (
      select min(x.completed_at) from activities x where x.org_id = l.org_id and x.lead_id = l.id)`,
  'converted leads link the account, contact and deal they became': sql`
    select count(*) from leads l
    left join accounts a on a.org_id = l.org_id and a.id = l.converted_account_id
    left join contacts c on c.org_id = l.org_id and c.id = l.converted_contact_id
    left join deals d on d.org_id = l.org_id and d.id = l.converted_deal_id
    where l.org_id = ${orgId} and (l.status = 'converted') <> coalesce(a.id is not null and c.account_id = a.id
      and d.account_id = a.id and d.source_lead_id = l.id and l.converted_at is not null, false)`,
  'nothing happened after now': sql`
    select (select count(*) from deals where org_id = ${orgId} and (created_at > now() or stage_entered_at > now()))
         + (select count(*) from activities where org_id = ${orgId} and (completed_at > now() or created_at > now()))
         + (select count(*) from leads where org_id = ${orgId} and created_at > now())`,
});

/** Each rule with the number of rows breaking it. */
export const checkDemoRules = async (db: Db, orgId: string): Promise<Record<string, number>> => {
  const result: Record<string, number> = {};
  for (const [rule, query] of Object.entries(demoRuleChecks(orgId))) {
    const [row] = await queryRows<Record<string, unknown>>(db, query);
    result[rule] = Number(Object.values(row ?? {})[0] ?? 0);
  }
  return result;
};
