import { locales, salesModels } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { check, pgEnum, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const localeEnum = pgEnum('locale', locales);
export const salesModelEnum = pgEnum('sales_model', salesModels);

/** The tenant root. In Citus it is distributed by `id`, colocated with every table's `org_id`. */
export const orgs = pgTable(
  'orgs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    currency: text('currency').notNull().default('USD'),
    timeZone: text('time_zone').notNull().default('UTC'),
    fiscalYearStartMonth: smallint('fiscal_year_start_month').notNull().default(1),
    defaultLocale: localeEnum('default_locale').notNull().default('en'),
    /** Hours a rep has to follow up a company-generated lead. */
    leadFollowUpHours: smallint('lead_follow_up_hours').notNull().default(24),
    salesModel: salesModelEnum('sales_model').notNull().default('island'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('orgs_fiscal_month_check', sql`${t.fiscalYearStartMonth} between 1 and 12`),
    check('orgs_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('orgs_lead_follow_up_check', sql`${t.leadFollowUpHours} between 1 and 720`),
  ],
);
