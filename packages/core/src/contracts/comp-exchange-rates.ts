import { z } from 'zod';
import { Money } from '../money/money';
import { idSchema, instantSchema } from './common';
import { currencyCodeSchema } from './org';
import { localDateSchema } from './records';

/*
 * The org's exchange rates, dated: 1 `from` is worth `rate` `to` from `effectiveOn` until the
 * pair's next rate. A period run converts each credit at the rate in effect on its date. Only the
 * direction given converts (EUR→USD does not give USD→EUR), so no inverse is ever rounded.
 */

/** A rate as exact decimal text: up to 9 digits before the point and 10 after, above zero. */
const ratePattern = /^\d{1,9}(\.\d{1,10})?$/;
export const exchangeRateValueSchema = z
  .string()
  .trim()
  .regex(ratePattern, 'Use a plain decimal number like 1.0850')
  // Checks go on after a failed one: only a well-formed rate is read as a number.
  .refine((text) => !ratePattern.test(text) || new Money(text).greaterThan(0), 'Must be > 0')
  .describe('1 `from` = this many `to`, e.g. "1.0850"');

export const setExchangeRateSchema = z
  .object({
    from: currencyCodeSchema,
    to: currencyCodeSchema,
    rate: exchangeRateValueSchema,
    effectiveOn: localDateSchema.describe(
      'The first day the rate applies; a rate of the same pair and day is replaced',
    ),
  })
  .refine((input) => input.from !== input.to, { path: ['to'], message: 'Same currency as from' });
export type SetExchangeRateInput = z.infer<typeof setExchangeRateSchema>;

export const exchangeRateListQuerySchema = z.object({
  from: currencyCodeSchema.optional(),
  to: currencyCodeSchema.optional(),
});
export type ExchangeRateListQuery = z.infer<typeof exchangeRateListQuerySchema>;

export const exchangeRateViewSchema = z
  .object({
    id: idSchema,
    from: z.string(),
    to: z.string(),
    rate: z.string(),
    effectiveOn: z.string(),
    createdBy: idSchema.nullable(),
    updatedAt: instantSchema,
  })
  .meta({ id: 'ExchangeRate' });
export type ExchangeRateView = z.infer<typeof exchangeRateViewSchema>;

export const exchangeRateListSchema = z.object({
  items: z.array(exchangeRateViewSchema).describe('By pair, newest day first'),
});
