import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import {
  columnsDiffer,
  createdColumn,
  currencyColumn,
  customColumn,
  fieldColumn,
  filledColumns,
  type ImportTarget,
  type ImportWriteContext,
  importColumn,
  insertNewRows,
  referenceColumn,
  rowCount,
  stagedOrNull,
  updatedColumns,
} from '../imports/import-target';
import { keepDealRollups } from '../metrics/deal-rollups';
import { visibleDeal } from './deals.queries';
import { deals } from './deals.table';

const stageFields = ['pipeline', 'stage', 'status'];

/**
 * Close date and lost reason follow the stage, as on the board: a won or lost deal is closed on
 * the file's close date (else today) and a lost one keeps a reason; an open deal has neither.
 * `t` is the deal before the import, on update.
 */
const closing = (ctx: ImportWriteContext, update: boolean) => {
  const closeDate = stagedOrNull(ctx, 'closeDate', 'date');
  const sameStage = update ? sql`case when t.stage_id = r.stage_id then t.closed_on end` : sql`null::date`;
  const keptReason = update ? sql`case when t.stage_id = r.stage_id then t.lost_reason end` : sql`null::text`;
  const closedOn = sql`case when r.stage_kind = 'open' then null
    else coalesce(${stagedOrNull(ctx, 'closedOn', 'date')}, ${closeDate}, ${sameStage}, ${ctx.today}::date) end`;
  const lostReason = sql`case when r.stage_kind = 'lost' then coalesce(${stagedOrNull(ctx, 'lostReason', 'text')}, ${keptReason}) end`;
  const expected = sql`coalesce(${stagedOrNull(ctx, 'expectedCloseDate', 'date')},
    case when r.stage_kind = 'open' then ${closeDate} end)`;
  return { closedOn, lostReason, expected };
};

const amountOf = (ctx: ImportWriteContext, update: boolean) =>
  ctx.has('amount') ? sql`coalesce(r.f_amount, 0)` : update ? sql`t.amount` : sql`0::numeric`;

/** When a deal entered its stage: the close day for won and lost deals, else the moment of creation. */
const enteredAt = (ctx: ImportWriteContext, closedOn: SQL, created: SQL) =>
  sql`case when r.stage_kind <> 'open' then (${closedOn})::timestamp at time zone ${ctx.timeZone} else ${created} end`;

const columns = (ctx: ImportWriteContext, update: boolean) => {
  const { closedOn, lostReason, expected } = closing(ctx, update);
  const created = ctx.has('createdAt') ? sql`coalesce(r.f_created_at, ${ctx.now})` : ctx.now;
  // A new deal always gets its close fields and stage time; an update touches what the file fills.
  const always = update ? [] : ['name'];
  return filledColumns(ctx, [
    fieldColumn('name'),
    referenceColumn('account'),
    referenceColumn('owner'),
    importColumn('pipeline_id', sql`r.pipeline_id`, stageFields),
    importColumn('stage_id', sql`r.stage_id`, stageFields),
    importColumn('amount', amountOf(ctx, update), 'amount'),
    currencyColumn(ctx, always),
    importColumn('expected_close_date', expected, ['expectedCloseDate', 'closeDate']),
    importColumn('closed_on', closedOn, ['closedOn', 'closeDate', ...stageFields, ...always]),
    importColumn('lost_reason', lostReason, ['lostReason', ...stageFields, ...always]),
    importColumn(
      'stage_entered_at',
      update
        ? sql`case when t.stage_id = r.stage_id then t.stage_entered_at else ${enteredAt(ctx, closedOn, ctx.now)} end`
        : enteredAt(ctx, closedOn, created),
      [...stageFields, ...always],
    ),
    fieldColumn('competitor'),
    fieldColumn('externalId'),
    customColumn(),
    createdColumn(ctx),
  ]);
};

/** Whether the deal's line items differ from the one line of the file's product (none when the cell is empty). */
const linesDiffer = (ctx: ImportWriteContext): SQL =>
  ctx.has('product')
    ? sql`(select case when r.product_id is null then count(*) > 0
                  else count(*) <> 1 or not bool_and(li.product_id = r.product_id and li.total = ${amountOf(ctx, true)}) end
           from deal_line_items li where li.org_id = t.org_id and li.deal_id = t.id)`
    : sql`false`;

const productLine = (ctx: ImportWriteContext, rows: SQL, amount: SQL) => sql`
  insert into deal_line_items (org_id, deal_id, position, product_id, product_name, product_line_id, quantity, unit_price, discount_percent, total)
  select ${ctx.orgId}::uuid, r.id, 0, r.product_id, r.product_label, r.product_line, 1, ${amount}, 0, ${amount}
  from ${rows} and r.product_id is not null`;

/**
 * Deals from a file. New deals get their stage history's first entry (at their close day when they
 * arrive won or lost) and, with a product, one line item; a matched deal that changes stage gets a
 * stage change by the importer, at the time of the import.
 */
export const dealImport: ImportTarget = {
  recordType: 'deals',
  noun: 'deal',
  table: deals,
  visible: visibleDeal,
  checks: (ctx) => [
    {
      field: 'lostReason',
      value: stagedOrNull(ctx, 'lostReason', 'text'),
      message: sql`case when r.stage_kind = 'lost' and (${closing(ctx, true).lostReason}) is null
        then 'Say why the deal was lost: map a column to Lost Reason or give it a default' end`,
    },
    {
      field: 'closedOn',
      value: sql`(${stagedOrNull(ctx, 'closedOn', 'date')})::text`,
      message: sql`case when r.stage_kind = 'open' and ${stagedOrNull(ctx, 'closedOn', 'date')} is not null
        then 'Only won or lost deals have a close date' end`,
    },
  ],
  changed: (ctx) => sql`(${columnsDiffer(columns(ctx, true))} or ${linesDiffer(ctx)})`,
  // The matched deals' contributions before the write are taken back and every row's after it counted.
  write: (db: Db, ctx) =>
    keepDealRollups(
      db,
      ctx.orgId,
      sql`select r.target_id from ${ctx.rows} r where r.target_id is not null`,
      () => writeDeals(db, ctx),
      sql`select r.id from ${ctx.rows} r`,
    ),
};

const writeDeals = async (db: Db, ctx: Parameters<ImportTarget['write']>[1]) => {
  const inserted = await insertNewRows(db, ctx, deals, columns(ctx, false), ['owner_id', 'pipeline_id', 'stage_id']);
  await db.execute(sql`
      insert into deal_stage_changes (org_id, deal_id, from_stage_id, to_stage_id, changed_at, changed_by_id, from_owner_id, to_owner_id, handoff, amount, currency)
      select d.org_id, d.id, null, d.stage_id, d.stage_entered_at, ${ctx.userId}::uuid, null, d.owner_id, false, d.amount, d.currency
      from ${ctx.rows} r join deals d on d.org_id = ${ctx.orgId} and d.id = r.id where r.target_id is null`);
  if (ctx.has('product'))
    await db.execute(productLine(ctx, sql`${ctx.rows} r where r.target_id is null`, amountOf(ctx, false)));

  // Matched deals: note which change (and how) before touching them.
  const changes = sql.raw(`"${ctx.importId.replaceAll('-', '')}_changed"`);
  const update = columns(ctx, true);
  await db.execute(sql`create temp table ${changes} as
      select r.target_id as id, t.stage_id as old_stage_id, t.owner_id as old_owner_id, ${linesDiffer(ctx)} as lines_differ
      from ${ctx.rows} r join deals t on t.org_id = ${ctx.orgId} and t.id = r.target_id
      where ${columnsDiffer(update)} or ${linesDiffer(ctx)}`);
  try {
    if (update.length) {
      await db.execute(sql`
          update deals t set ${updatedColumns(ctx, update)}
          from ${ctx.rows} r join ${changes} c on c.id = r.target_id
          where t.org_id = ${ctx.orgId} and t.id = c.id`);
    }
    await db.execute(sql`
        insert into deal_stage_changes (org_id, deal_id, from_stage_id, to_stage_id, changed_at, changed_by_id, from_owner_id, to_owner_id, handoff, amount, currency)
        select d.org_id, d.id, c.old_stage_id, d.stage_id, ${ctx.now}, ${ctx.userId}::uuid, c.old_owner_id, d.owner_id,
          fs.owner_role is distinct from ts.owner_role or c.old_owner_id <> d.owner_id, d.amount, d.currency
        from ${changes} c join deals d on d.org_id = ${ctx.orgId} and d.id = c.id
        join stages fs on fs.org_id = d.org_id and fs.id = c.old_stage_id
        join stages ts on ts.org_id = d.org_id and ts.id = d.stage_id
        where c.old_stage_id <> d.stage_id`);
    if (ctx.has('product')) {
      await db.execute(sql`delete from deal_line_items li using ${changes} c
          where li.org_id = ${ctx.orgId} and li.deal_id = c.id and c.lines_differ`);
      await db.execute(
        productLine(
          ctx,
          sql`${ctx.rows} r join ${changes} c on c.id = r.target_id join deals d on d.org_id = ${ctx.orgId} and d.id = c.id where c.lines_differ`,
          sql`d.amount`,
        ),
      );
    }
    const [counted] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${changes}`);
    return { created: rowCount(inserted), updated: counted?.n ?? 0 };
  } finally {
    await db.execute(sql`drop table if exists ${changes}`);
  }
};
