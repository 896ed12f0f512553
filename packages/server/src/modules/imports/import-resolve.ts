import type { ImportFieldSpec, ImportRowIssue } from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { lookups } from './import-lookups';
import { type ImportCheck, type ImportTarget, type ImportWriteContext, snake, stagedColumn } from './import-target';

export const sqlTypeOf = (field: ImportFieldSpec): string => {
  switch (field.type) {
    case 'number':
      return 'integer';
    case 'amount':
      return 'numeric';
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
};

export interface ResolvePlan {
  target: ImportTarget;
  fields: ImportFieldSpec[];
  hasCustom: boolean;
  stage: string;
  resolved: string;
  scope: Scope;
  timeZone: string;
}

const ident = (name: string) => sql.raw(`"${name}"`);

/**
 * Resolves every row of the staging table in one statement into the resolved table `r`: the
 * matched record (by Pacer id, external id, or for the catalog by name), a new id for the others,
 * and each reference's id — or why it does not resolve, for the report.
 */
/** Whether a staged column repeats a value (a hash aggregate: cheaper than ranking every row). */
const repeats = async (db: Db, stage: SQL, expr: string) => {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from ${stage} where ${sql.raw(expr)} is not null group by ${sql.raw(expr)} having count(*) > 1) as found`,
  );
  return row?.found ?? false;
};

export const resolveRows = async (db: Db, plan: ResolvePlan) => {
  const { target, fields, scope } = plan;
  const org = scope.orgId;
  const stage = ident(plan.stage);
  const has = (key: string) => fields.some((f) => f.key === key);
  const kinds = lookups(scope);

  // The matched record: by Pacer id, else by external id, else (catalog) by name.
  const targetColumns = Object.entries(target.targetColumns ?? {});
  const targetRelation = (where: SQL) =>
    sql`select ${target.table}.id, ${target.table}.external_id as ext,
          ${target.matchByName ? sql`lower(${target.table}.name)` : sql`null::text`} as lname,
          case when not (${target.visible(scope)}) then 'belongs to someone outside your view' end as why
          ${sql.raw(targetColumns.length ? ',' : '')} ${sql.join(
            targetColumns.map(([name, expr]) => sql`${expr} as ${sql.raw(name)}`),
            sql`, `,
          )}
        from ${target.table} where ${target.table}.org_id = ${org} and ${where}`;
  const joins: SQL[] = [];
  const matches: string[] = [];
  const noId = has('id') ? sql`and s.f_id is null` : sql``;
  if (has('id')) {
    joins.push(
      sql`left join (${targetRelation(sql`${target.table}.id::text in (select f_id from ${stage})`)}) ti on ti.id::text = s.f_id`,
    );
    matches.push('ti');
  }
  if (has('externalId')) {
    joins.push(
      sql`left join (${targetRelation(sql`${target.table}.external_id in (select f_external_id from ${stage})`)}) te
            on te.ext = s.f_external_id ${noId}`,
    );
    matches.push('te');
  }
  if (target.matchByName && has('name')) {
    joins.push(
      sql`left join (${targetRelation(sql`lower(${target.table}.name) in (select lower(f_name) from ${stage})`)}) tn
            on tn.lname = lower(s.f_name) ${noId} ${has('externalId') ? sql`and te.id is null and (tn.ext is null or s.f_external_id is null)` : sql``}`,
    );
    matches.push('tn');
  }
  const coalesced = (column: string) =>
    matches.length
      ? sql.raw(`coalesce(${matches.map((m) => `${m}.${column}`).join(', ')})`)
      : sql.raw(column === 'id' ? 'null::uuid' : column === 'why' ? 'null::text' : 'null');
  const staged = fields.map((field) => {
    const column = stagedColumn(field.key);
    if (field.type !== 'datetime') return sql.raw(`s.${column}`);
    // Text with a zone is an instant; wall-clock text is in the org's time zone.
    return sql`(case when s.${sql.raw(column)} like '%Z' then s.${sql.raw(column)}::timestamptz
                     else s.${sql.raw(column)}::timestamp at time zone ${plan.timeZone} end) as ${sql.raw(column)}`;
  });
  // The first row of each repeated key, only when some key repeats.
  const windows: SQL[] = [];
  const keys: [string, string, string][] = [
    ['externalId', 'f_external_id', 'external_id_first'],
    ['id', 'f_id', 'id_first'],
    ...(target.matchByName ? ([['name', 'lower(f_name)', 'name_first']] as [string, string, string][]) : []),
  ];
  for (const [key, expr, first] of keys) {
    if (!has(key)) continue;
    const partition = expr === 'lower(f_name)' ? 'lower(s.f_name)' : `s.${expr}`;
    const over = (await repeats(db, stage, expr)) ? `min(s.line) over (partition by ${partition})` : 'null::integer';
    windows.push(sql.raw(`${over} as ${first}`));
  }

  const base = sql`select s.line, ${sql.join(staged, sql`, `)}${sql.raw(plan.hasCustom ? ', s.custom' : '')},
      coalesce(${coalesced('id')}, gen_random_uuid()) as id, ${coalesced('id')} as target_id, ${coalesced('why')} as target_why
      ${sql.join(
        targetColumns.map(([name]) => sql`, ${coalesced(name)} as ${sql.raw(`target_${name}`)}`),
        sql``,
      )}
      ${sql.join(
        windows.map((w) => sql`, ${w}`),
        sql``,
      )}
    from ${stage} s ${sql.join(joins, sql` `)}`;

  // References: one grouped lookup per field, joined by its lower-cased key.
  // r0 is read once, unless a parent account may be another row of the file.
  const selfReference = target.recordType === 'accounts' && has('parentAccount');
  const ctes: SQL[] = [sql`r0 as ${sql.raw(selfReference ? 'materialized' : 'not materialized')} (${base})`];
  const selects: SQL[] = [sql`r0.*`];
  const refJoins: SQL[] = [];
  for (const field of fields) {
    if (!field.reference || field.reference === 'stage') continue;
    const kind = kinds[field.reference];
    const name = snake(field.key);
    const column = stagedColumn(field.key);
    const keys = sql`select lower(${sql.raw(column)}) from ${stage}`;
    let relation = kind.relation(keys);
    // A parent account may be another row of the same file.
    if (target.recordType === 'accounts' && field.key === 'parentAccount') {
      relation = sql`${relation} union all select v.k, r0.id, null from r0 cross join lateral (values
        (lower(r0.f_name)), ${sql.raw(has('externalId') ? '(lower(r0.f_external_id)),' : '')} (r0.id::text)) v(k)
        where v.k in (${keys})`;
    }
    const extras = kind.extras.map((extra) => `, (array_agg(${extra}))[1] as ${extra}`).join('');
    ctes.push(
      sql`${sql.raw(`lk_${name}`)} as (select k, (array_agg(id))[1] as id, count(distinct id)::int as n, max(why) as why${sql.raw(extras)}
          from (${relation}) x group by k)`,
    );
    // The owner falls back to the importer; an owner the file names but Pacer lacks is still reported.
    const id = field.key === 'owner' ? sql`coalesce(lk_owner.id, ${scope.userId}::uuid)` : sql.raw(`lk_${name}.id`);
    // A deal's pipeline id is settled below, with the default pipeline.
    const idColumn = field.key === 'pipeline' ? 'pipeline_ref_id' : `${name}_id`;
    selects.push(
      sql`${id} as ${sql.raw(idColumn)}, ${sql.raw(
        `lk_${name}.n as ${name}_n, lk_${name}.why as ${name}_why${kind.extras
          .map((extra) => `, lk_${name}.${extra} as ${name}_${extra}`)
          .join('')}`,
      )}`,
    );
    refJoins.push(sql.raw(`left join lk_${name} on lk_${name}.k = lower(r0.${column})`));
  }
  if (!has('owner')) selects.push(sql`${scope.userId}::uuid as owner_id`);

  if (target.recordType === 'deals') {
    ctes.push(sql`dp as (select id from pipelines where org_id = ${org} and archived_at is null
                        order by is_default desc, position, created_at limit 1)`);
    ctes.push(sql`ps as (select pipeline_id, (array_agg(id order by position))[1] as first_id,
                          (array_agg(id order by position) filter (where kind = 'won'))[1] as won_id,
                          (array_agg(id order by position) filter (where kind = 'lost'))[1] as lost_id
                        from stages where org_id = ${org} group by pipeline_id)`);
    ctes.push(sql`sn as (select pipeline_id, lower(name) as k, (array_agg(id))[1] as id, (array_agg(kind::text))[1] as kind
                        from stages where org_id = ${org} group by 1, 2)`);
    const status = has('status') ? sql.raw('r0.f_status') : sql.raw('null::text');
    const stageName = has('stage') ? sql.raw('r0.f_stage') : sql.raw('null::text');
    const pipelineId = has('pipeline') ? sql.raw('coalesce(lk_pipeline.id, dp.id)') : sql.raw('dp.id');
    const stageId = sql`case when ${status} in ('won', 'lost') and sn.kind is distinct from ${status}
             then case when ${status} = 'won' then ps.won_id else ps.lost_id end
           when ${stageName} is null then ps.first_id
           else sn.id end`;
    selects.push(sql`${pipelineId} as pipeline_id, ${stageId} as stage_id, stk.kind::text as stage_kind`);
    refJoins.push(sql`left join dp on true left join ps on ps.pipeline_id = ${pipelineId}
      left join sn on sn.pipeline_id = ${pipelineId} and sn.k = lower(${stageName})
      left join stages stk on stk.org_id = ${org} and stk.id = ${stageId}`);
  }
  const query = sql`create temp table ${ident(plan.resolved)} as
    with ${sql.join(ctes, sql`, `)}
    select ${sql.join(selects, sql`, `)} from r0 ${sql.join(refJoins, sql` `)}`;
  await db.execute(query);
};

/** The checks every import makes: references found, unambiguous and usable; matched records changeable; keys unique. */
export const genericChecks = (plan: ResolvePlan): ImportCheck[] => {
  const { fields, target } = plan;
  const has = (key: string) => fields.some((f) => f.key === key);
  const kinds = lookups(plan.scope);
  const checks: ImportCheck[] = [];
  for (const field of fields) {
    if (!field.reference || field.reference === 'stage') continue;
    const kind = kinds[field.reference];
    const name = snake(field.key);
    const value = sql.raw(`r.${stagedColumn(field.key)}`);
    checks.push({
      field: field.key,
      value,
      message: sql`case when ${value} is null then null
        when ${sql.raw(`r.${name}_n`)} is null then format('No %s matches “%s” (by %s)', ${kind.noun}::text, ${value}, ${kind.by}::text)
        when ${sql.raw(`r.${name}_n`)} > 1 then format('“%s” matches %s %ss: use the external ID or Pacer ID', ${value}, ${sql.raw(`r.${name}_n`)}, ${kind.noun}::text)
        when ${sql.raw(`r.${name}_why`)} is not null then format('%s “%s” %s', initcap(${kind.noun}::text), ${value}, ${sql.raw(`r.${name}_why`)})
      end`,
    });
  }
  if (target.recordType === 'deals') {
    const stageValue = has('stage') ? sql.raw('r.f_stage') : sql.raw('null::text');
    checks.push({
      field: has('stage') ? 'stage' : 'pipeline',
      value: stageValue,
      message: sql`case when r.pipeline_id is null then 'No pipeline: create one first, or name one'
        when r.stage_id is null and ${stageValue} is not null then format('No stage “%s” in that pipeline', ${stageValue})
        when r.stage_id is null then 'That pipeline has no stage of this kind' end`,
    });
  }
  // A row matches a record only by one of these keys; a file with none of them only creates.
  const key = has('id') ? 'id' : has('externalId') ? 'externalId' : target.matchByName && has('name') ? 'name' : null;
  if (key) {
    checks.push({
      field: key,
      value: sql.raw(`r.${stagedColumn(key)}::text`),
      message: sql`case when r.target_why is not null then ${`This ${target.noun} `} || r.target_why end`,
    });
  }
  if (has('id')) {
    checks.push({
      field: 'id',
      value: sql.raw('r.f_id'),
      message: sql`case when r.f_id is not null and r.target_id is null then ${`No ${target.noun} has this Pacer ID`}
        when r.line > r.id_first then format('This Pacer ID is on row %s too', r.id_first) end`,
    });
  }
  if (has('externalId')) {
    checks.push({
      field: 'externalId',
      value: sql.raw('r.f_external_id'),
      message: sql`case when r.f_external_id is not null and r.line > r.external_id_first
        then format('This external ID is on row %s too', r.external_id_first) end`,
    });
  }
  if (target.matchByName && has('name')) {
    checks.push({
      field: 'name',
      value: sql.raw('r.f_name'),
      message: sql`case when r.line > r.name_first then format('This name is on row %s too', r.name_first) end`,
    });
  }
  return checks;
};

const issueRows = (checks: ImportCheck[], plan: ResolvePlan) =>
  sql`from ${ident(plan.resolved)} r left join ${plan.target.table} t on t.org_id = ${plan.scope.orgId} and t.id = r.target_id
    cross join lateral (values ${sql.join(
      checks.map((check, i) => sql`(${i}, ${check.field}::text, (${check.value})::text, (${check.message})::text)`),
      sql`, `,
    )}) e(ord, field, value, message) where e.message is not null`;

/**
 * The first problems the checks find (with row, field, value and message) and how many there are.
 * Checks see the resolved row `r` and the record it matched, `t`.
 */
export const collectIssues = async (
  db: Db,
  checks: ImportCheck[],
  plan: ResolvePlan,
  limit: number,
): Promise<{ issues: Omit<ImportRowIssue, 'column'>[]; count: number }> => {
  if (!checks.length) return { issues: [], count: 0 };
  // One pass finds whether any row has a problem; the detail is read only when one has.
  const [bad] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from ${ident(plan.resolved)} r left join ${plan.target.table} t
          on t.org_id = ${plan.scope.orgId} and t.id = r.target_id
        where ${sql.join(
          checks.map((check) => sql`(${check.message}) is not null`),
          sql` or `,
        )}) as found`,
  );
  if (!bad?.found) return { issues: [], count: 0 };
  const rows = await queryRows<{ line: number; field: string; value: string | null; message: string }>(
    db,
    sql`select r.line, e.field, e.value, e.message ${issueRows(checks, plan)} order by r.line, e.ord limit ${limit}`,
  );
  const [counted] = await queryRows<{ count: number }>(
    db,
    sql`select count(*)::int as count ${issueRows(checks, plan)}`,
  );
  return {
    issues: rows.map((row) => ({ row: row.line, field: row.field, value: row.value, message: row.message })),
    count: counted?.count ?? 0,
  };
};

/** What an import would do: new records, records it would change, records already as in the file. */
export const countOutcomes = async (db: Db, target: ImportTarget, ctx: ImportWriteContext, orgId: string) => {
  const [row] = await queryRows<{ created: number; updated: number; unchanged: number }>(
    db,
    sql`select count(*) filter (where r.target_id is null)::int as created,
          count(*) filter (where r.target_id is not null and (${target.changed(ctx)}))::int as updated,
          count(*) filter (where r.target_id is not null and not (${target.changed(ctx)}))::int as unchanged
        from ${ctx.rows} r left join ${target.table} t on t.org_id = ${orgId} and t.id = r.target_id`,
  );
  return row ?? { created: 0, updated: 0, unchanged: 0 };
};
