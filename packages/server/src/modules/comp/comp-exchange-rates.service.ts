import {
  AppError,
  type DateRange,
  type ExchangeRate,
  type ExchangeRateListQuery,
  type ExchangeRateView,
  Money,
  type SetExchangeRateInput,
} from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';

/*
 * The org's dated exchange rates: admins set a pair's rate from a day on (setting the same pair
 * and day again replaces it); anyone who reads comp reads them. A period run converts each credit
 * at its pair's latest rate on or before the credit's date.
 */

interface RateRow {
  id: string;
  from_currency: string;
  to_currency: string;
  rate: string;
  effective_on: string;
  created_by: string | null;
  updated_at: Date | string;
}

const columns = sql`id::text, from_currency, to_currency, rate::text, effective_on::text, created_by::text, updated_at`;

const toView = (row: RateRow): ExchangeRateView => ({
  id: row.id,
  from: row.from_currency,
  to: row.to_currency,
  // Trailing zeros a client sent ("1.0850") carry no meaning; the rate is shown as it converts.
  rate: new Money(row.rate).toFixed(),
  effectiveOn: row.effective_on,
  createdBy: row.created_by,
  updatedAt: new Date(row.updated_at).toISOString(),
});

/** The org's rates, by pair, newest day first. */
export const listExchangeRates = async (db: Db, scope: Scope, query: ExchangeRateListQuery) => {
  const filters: SQL[] = [sql`org_id = ${scope.orgId}`];
  if (query.from) filters.push(sql`from_currency = ${query.from}`);
  if (query.to) filters.push(sql`to_currency = ${query.to}`);
  const rows = await queryRows<RateRow>(
    db,
    sql`select ${columns} from exchange_rates where ${sql.join(filters, sql` and `)}
        order by from_currency, to_currency, effective_on desc`,
  );
  return { items: rows.map(toView) };
};

/** Sets a pair's rate from a day on; the same pair and day again replaces the rate. */
export const setExchangeRate = async (db: Db, scope: Scope, input: SetExchangeRateInput) =>
  db.transaction(async (tx) => {
    const [row] = await queryRows<RateRow>(
      tx,
      sql`insert into exchange_rates (org_id, from_currency, to_currency, rate, effective_on, created_by)
          values (${scope.orgId}, ${input.from}, ${input.to}, ${input.rate}, ${input.effectiveOn}::date, ${scope.userId})
          on conflict (org_id, from_currency, to_currency, effective_on)
          do update set rate = excluded.rate, created_by = excluded.created_by, updated_at = date_trunc('milliseconds', now())
          returning ${columns}`,
    );
    if (!row) throw new AppError('INTERNAL', 'The rate was not recorded');
    await recordAudit(tx, scope, {
      action: 'exchange_rate.set',
      entity: 'exchange_rate',
      entityId: row.id,
      data: { from: input.from, to: input.to, rate: input.rate, effectiveOn: input.effectiveOn },
    });
    return toView(row);
  });

/** Removes a rate set by mistake; runs already made keep the lines they computed with it. */
export const deleteExchangeRate = async (db: Db, scope: Scope, id: string) =>
  db.transaction(async (tx) => {
    const [row] = await queryRows<RateRow>(
      tx,
      sql`delete from exchange_rates where org_id = ${scope.orgId} and id = ${id} returning ${columns}`,
    );
    if (!row) throw new AppError('NOT_FOUND', 'No such exchange rate');
    await recordAudit(tx, scope, {
      action: 'exchange_rate.deleted',
      entity: 'exchange_rate',
      entityId: id,
      data: { from: row.from_currency, to: row.to_currency, rate: row.rate, effectiveOn: row.effective_on },
    });
  });

/**
 * The rates a period needs, as the engine takes them: each pair's rates dated inside the period,
 * and the one in effect on its first day (the latest before it).
 */
export const periodExchangeRates = async (db: Db, orgId: string, period: DateRange): Promise<ExchangeRate[]> => {
  const rows = await queryRows<{ from_currency: string; to_currency: string; rate: string; effective_on: string }>(
    db,
    sql`select from_currency, to_currency, rate::text, effective_on::text from exchange_rates r
        where org_id = ${orgId} and effective_on <= ${period.end}::date
          and effective_on >= coalesce((
            select max(p.effective_on) from exchange_rates p
            where p.org_id = r.org_id and p.from_currency = r.from_currency and p.to_currency = r.to_currency
              and p.effective_on <= ${period.start}::date), ${period.start}::date)
        order by from_currency, to_currency, effective_on`,
  );
  return rows.map((row) => ({
    from: row.from_currency,
    to: row.to_currency,
    rate: row.rate,
    effectiveFrom: row.effective_on,
  }));
};
