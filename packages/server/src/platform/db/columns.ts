import { sql } from 'drizzle-orm';
import { numeric, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Column builders shared by tenant tables, so every table spells them alike. */

/** Milliseconds, like JavaScript dates, so a page cursor taken from a row matches it exactly. */
export const nowMs = sql`date_trunc('milliseconds', now())`;

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().default(nowMs);
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().default(nowMs);
export const archivedAt = () => timestamp('archived_at', { withTimezone: true });

/** Exact money: 15 integer digits, 4 decimals. Read and written as decimal strings. */
export const amount = (name: string) => numeric(name, { precision: 19, scale: 4 });

/** An ISO 4217 code. */
export const currency = (name = 'currency') => text(name).notNull();

/** The id a record had in the system it was imported from; unique per org and table. */
export const externalId = () => text('external_id');

export const ownerId = () => uuid('owner_id').notNull();

/** Text kept lower-case for search; a generated column, indexed with trigrams. */
export const searchText = (expression: ReturnType<typeof sql>) => text('search_text').generatedAlwaysAs(expression);
