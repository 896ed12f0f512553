import type { CompPlanTerms, DateRange } from '@pacer/core';

/*
 * The demo org's three comp plans, as an admin would type them into the plan builder. Amounts are
 * per quarter (the demo pays by quarter, like its revenue quotas) and sized to the demo's deals:
 * a field rep closes about USD 400,000 a quarter, an inside rep 200,000, a partner 150,000.
 */

/** The records the terms name: they exist only once the catalog and goals are loaded. */
export interface DemoTermsRefs {
  /** The product paid a SPIFF per deal inside `spiffWindow`. */
  spiffProductId: string;
  spiffWindow: DateRange;
  /** The goal whose achievement pays every field rep the kicker. */
  kickerGoalId: string;
}

/**
 * Field reps: marginal tiers on won revenue against their quarter quota with an accelerator above
 * 100 %, half as much again on the lines the company pushes and a low rate on loss leaders, a
 * SPIFF, a kicker when the sales org makes its quarter, a cap and a 90-day clawback.
 */
export const fieldSalesTerms = (refs: DemoTermsRefs): CompPlanTerms => ({
  baseSalary: '18000',
  components: [
    {
      kind: 'commission',
      id: 'base',
      name: 'Base commission',
      tierMode: 'marginal',
      tiers: [
        { fromPercent: '0', ratePercent: '3' },
        { fromPercent: '50', ratePercent: '5' },
        { fromPercent: '100', ratePercent: '8' },
      ],
    },
    {
      kind: 'product_line',
      id: 'lines',
      name: 'Product-line rates',
      rules: [
        { priority: 'push', multiplier: '1.5' },
        { priority: 'loss_leader', ratePercent: '1' },
      ],
    },
    {
      kind: 'spiff',
      id: 'stock-room-spiff',
      name: 'Managed stock room SPIFF',
      productId: refs.spiffProductId,
      per: 'deal',
      amount: '500',
      startsOn: refs.spiffWindow.start,
      endsOn: refs.spiffWindow.end,
    },
    { kind: 'goal_bonus', id: 'kicker', name: 'Sales makes its quarter', goalId: refs.kickerGoalId, amount: '1500' },
    { kind: 'cap', id: 'cap', name: 'Quarterly cap', perPeriod: '40000' },
    { kind: 'clawback', id: 'clawback', name: 'Clawback', windowDays: 90 },
  ],
});

/** Inside reps: a flat rate, more on pushed lines, and a recoverable draw for a slow quarter. */
export const insideSalesTerms = (): CompPlanTerms => ({
  baseSalary: '12000',
  components: [
    { kind: 'commission', id: 'base', name: 'Commission', ratePercent: '3' },
    { kind: 'product_line', id: 'lines', name: 'Push lines', rules: [{ priority: 'push', ratePercent: '4' }] },
    { kind: 'draw', id: 'draw', name: 'Recoverable draw', amount: '2500', recoverable: true },
    { kind: 'clawback', id: 'clawback', name: 'Clawback', windowDays: 60 },
  ],
});

/**
 * Independent agents: straight commission, no base, paid on the win: the demo marks no invoice
 * paid, so "pay only when the invoice is paid" would hold every credit open.
 */
export const partnerTerms = (): CompPlanTerms => ({
  components: [
    { kind: 'commission', id: 'base', name: 'Agent commission', ratePercent: '10' },
    { kind: 'clawback', id: 'clawback', name: 'Clawback', windowDays: 120 },
  ],
});
