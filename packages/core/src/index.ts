export * from './access/roles';
export { calculateEarnings } from './comp/calculate-earnings';
export { type CreditSplit, compareCredits, creditsOfDeal, type DealToCredit, sortCredits } from './comp/credits';
export {
  type Attainment,
  type EarningLine,
  type EarningsResult,
  type OpenCredit,
  type OpenCreditReason,
  openCreditReasons,
} from './comp/earning-line';
export type { ExchangeRate } from './comp/exchange';
export {
  describeLine,
  describePart,
  type ExplanationCode,
  type ExplanationPart,
  explanationCodes,
} from './comp/explanation';
export { type PlanProblem, planProblems } from './comp/plan-problems';
export * from './contracts/index';
export * from './crm/deal-math';
export * from './crm/invoice-paid';
export * from './crm/lead-follow-up';
export * from './crm/stage-transitions';
export * from './crm/vocabulary';
export * from './errors';
export * from './goals/expected-line';
export * from './goals/goal-periods';
export * from './goals/pace';
export * from './goals/pace-simulation';
export * from './goals/projection-fan';
export * from './goals/split-target';
export * from './goals/target-reasons';
export * from './incentives/recognition-messages';
export * from './locales';
export * from './metrics/catalog';
export * from './metrics/metric-values';
export * from './metrics/ranking';
export * from './money/money';
export * from './org-settings';
export * from './periods/fiscal-year';
export * from './periods/local-date';
export * from './structure/tree';
export * from './transfer/cell-values';
export * from './transfer/import-fields';
export * from './transfer/import-mapping';
export * from './transfer/import-presets';
export * from './transfer/spreadsheet-safe';
