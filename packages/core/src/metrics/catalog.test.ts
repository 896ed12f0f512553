import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseMetricsOf, isMetricKey, type MetricKey, metricCatalog, metricDefinitions, metricKeys } from './catalog';
import { type BaseTotal, metricValue } from './metric-values';

describe('the metric catalog', () => {
  it('defines every key once, in key order', () => {
    expect(metricDefinitions.map((d) => d.key)).toEqual([...metricKeys]);
    for (const key of metricKeys) expect(metricCatalog[key].key).toBe(key);
    expect(isMetricKey('calls')).toBe(true);
    expect(isMetricKey('toString')).toBe(false);
  });

  it('builds every ratio from two counted metrics that accept its filters', () => {
    for (const definition of metricDefinitions) {
      const { aggregation } = definition;
      if (aggregation.kind !== 'ratio') continue;
      for (const part of [aggregation.numerator, aggregation.denominator]) {
        expect(metricCatalog[part].aggregation.kind, `${definition.key} ← ${part}`).toBe('sum');
        for (const filter of definition.filters) expect(metricCatalog[part].filters).toContain(filter);
      }
    }
  });

  it('names the issue’s metrics, with units a goal can be set in', () => {
    const pickable = metricDefinitions.filter((d) => !d.internal).map((d) => d.key);
    expect(pickable).toEqual(
      expect.arrayContaining<MetricKey>([
        'won_revenue',
        'won_units',
        'deals_won',
        'deals_created',
        'new_customers',
        'win_rate',
        'average_deal_size',
        'sales_cycle_days',
        'pipeline_value',
        'calls',
        'connected_calls',
        'meetings_booked',
        'visits',
        'presentations_held',
        'emails',
        'leads_created',
        'leads_followed_up_in_time',
        'estimates_sent',
        'estimates_sent_value',
        'new_contacts',
        'call_reports_submitted',
      ]),
    );
    expect(metricCatalog.sales_cycle_days.higherIsBetter).toBe(false);
    expect(baseMetricsOf('win_rate')).toEqual(['deals_won', 'deals_closed']);
    expect(baseMetricsOf('calls')).toEqual(['calls']);
  });
});

describe('metric values', () => {
  it('adds counts across currencies and keeps money apart per currency', () => {
    const totals: BaseTotal[] = [
      { metric: 'deals_won', currency: 'EUR', value: '2' },
      { metric: 'deals_won', currency: 'USD', value: '3' },
      { metric: 'won_revenue', currency: 'EUR', value: '1000.005' },
      { metric: 'won_revenue', currency: 'USD', value: '250' },
      { metric: 'won_revenue', currency: 'USD', value: '0.5' },
    ];
    expect(metricValue('deals_won', totals)).toEqual([{ currency: null, value: '5' }]);
    expect(metricValue('won_revenue', totals)).toEqual([
      { currency: 'EUR', value: '1000.01' },
      { currency: 'USD', value: '250.50' },
    ]);
    // Average deal size per currency: 1000.005 / 2 and 250.5 / 3, rounded half-up to the cent.
    expect(metricValue('average_deal_size', totals)).toEqual([
      { currency: 'EUR', value: '500.00' },
      { currency: 'USD', value: '83.50' },
    ]);
  });

  it('divides totals for a ratio, and answers null when there is nothing to divide by', () => {
    const totals: BaseTotal[] = [
      { metric: 'calls', currency: null, value: '3' },
      { metric: 'connected_calls', currency: null, value: '2' },
    ];
    expect(metricValue('connect_rate', totals)).toEqual([{ currency: null, value: '66.7' }]);
    expect(metricValue('win_rate', totals)).toEqual([{ currency: null, value: null }]);
    expect(metricValue('visits', [])).toEqual([{ currency: null, value: '0' }]);
  });

  it('gives the same value however the totals are split into rows (days, reps, teams)', () => {
    const part = fc.record({ won: fc.integer({ min: 0, max: 50 }), closed: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const rows: BaseTotal[] = parts.flatMap(({ won, closed }) => [
          { metric: 'deals_won', currency: 'EUR', value: String(won) },
          { metric: 'deals_closed', currency: 'EUR', value: String(won + closed) },
        ]);
        const won = parts.reduce((t, p) => t + p.won, 0);
        const closed = parts.reduce((t, p) => t + p.won + p.closed, 0);
        const merged: BaseTotal[] = [
          { metric: 'deals_won', currency: 'EUR', value: String(won) },
          { metric: 'deals_closed', currency: 'EUR', value: String(closed) },
        ];
        expect(metricValue('win_rate', rows)).toEqual(metricValue('win_rate', merged));
        const rate = metricValue('win_rate', rows)[0]?.value;
        if (closed === 0) expect(rate).toBeNull();
        // Rounded half-up to one decimal: at most 0.05 away (a float's noise aside).
        else expect(Math.abs(Number(rate) - (won / closed) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});
