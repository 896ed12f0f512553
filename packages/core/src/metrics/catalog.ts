/**
 * The metric catalog: every measurable thing in Pacer, defined once. Goals, quotas, leaderboards,
 * contests, alerts and comp plans name a metric from here by its key; none defines its own.
 *
 * A metric is either counted from facts (a *base* metric: deals, stage changes, activities,
 * leads, estimates, contacts, call reports), or computed from base metrics (a *ratio*), or read
 * from the open pipeline at a moment (a *snapshot*). Base metrics add up over days, reps, teams
 * and periods; ratios are computed after adding up their parts, never averaged.
 */

export const metricKeys = [
  // Deals: counted on the day a deal is won (its close date) or created.
  'won_revenue',
  'won_units',
  'deals_won',
  'deals_lost',
  'deals_closed',
  'deals_created',
  'new_customers',
  'cycle_days_won',
  'win_rate',
  'average_deal_size',
  'sales_cycle_days',
  // The open pipeline, read at a moment.
  'pipeline_value',
  'weighted_pipeline',
  // Activities: counted on the day they were done.
  'calls',
  'connected_calls',
  'connect_rate',
  'meetings',
  'meetings_booked',
  'visits',
  'presentations_held',
  'emails',
  // Leads, contacts, estimates, call reports.
  'leads_created',
  'leads_followed_up_in_time',
  'leads_due',
  'follow_up_rate',
  'new_contacts',
  'estimates_sent',
  'estimates_sent_value',
  'call_reports_submitted',
] as const;
export type MetricKey = (typeof metricKeys)[number];

/** What a value of the metric is: an amount of money, a count, a percentage or a number of days. */
export const metricUnits = ['money', 'count', 'percent', 'days'] as const;
export type MetricUnit = (typeof metricUnits)[number];

/** The facts a base metric is counted from. */
export const metricSources = ['deals', 'activities', 'leads', 'contacts', 'estimates', 'call_reports'] as const;
export type MetricSource = (typeof metricSources)[number];

/** The filters a metric may be narrowed by, besides the people (org, region's people, team, rep). */
export const metricFilters = ['product_line', 'pipeline', 'region', 'account_set'] as const;
export type MetricFilter = (typeof metricFilters)[number];

export type MetricAggregation =
  /** Added up over days, reps, teams and periods. */
  | { kind: 'sum'; source: MetricSource }
  /** numerator ÷ denominator of two base metrics, each added up first (× 100 for a percent). */
  | { kind: 'ratio'; numerator: MetricKey; denominator: MetricKey }
  /** Read from the open deals at a moment; a period's value is the value at its end (or now). */
  | { kind: 'snapshot'; source: 'deals' };

export interface MetricDefinition {
  key: MetricKey;
  label: string;
  /** One sentence for a sales leader: what is counted, and on which day. */
  description: string;
  unit: MetricUnit;
  aggregation: MetricAggregation;
  filters: readonly MetricFilter[];
  /** False for metrics where less is better (days to close). */
  higherIsBetter: boolean;
  /** Parts of other metrics that people do not pick on their own (e.g. the days behind the cycle length). */
  internal?: boolean;
}

const dealFilters: readonly MetricFilter[] = ['product_line', 'pipeline', 'region', 'account_set'];
const accountFilters: readonly MetricFilter[] = ['region', 'account_set'];

const sum = (source: MetricSource) => ({ kind: 'sum', source }) as const;
const ratio = (numerator: MetricKey, denominator: MetricKey) => ({ kind: 'ratio', numerator, denominator }) as const;

const definitions: readonly MetricDefinition[] = [
  {
    key: 'won_revenue',
    label: 'Won revenue',
    description:
      'The amount of deals won, on their close date; filtered by product line, the line items of that line. Credited to reps by their credit splits.',
    unit: 'money',
    aggregation: sum('deals'),
    filters: dealFilters,
    higherIsBetter: true,
  },
  {
    key: 'won_units',
    label: 'Won units',
    description: 'The quantity on the line items of deals won, on their close date.',
    unit: 'count',
    aggregation: sum('deals'),
    filters: dealFilters,
    higherIsBetter: true,
  },
  {
    key: 'deals_won',
    label: 'Deals won',
    description: 'Deals that reached a won stage, counted on their close date.',
    unit: 'count',
    aggregation: sum('deals'),
    filters: dealFilters,
    higherIsBetter: true,
  },
  {
    key: 'deals_lost',
    label: 'Deals lost',
    description: 'Deals that reached a lost stage, counted on their close date.',
    unit: 'count',
    aggregation: sum('deals'),
    filters: dealFilters,
    higherIsBetter: false,
  },
  {
    key: 'deals_closed',
    label: 'Deals closed',
    description: 'Deals won or lost, counted on their close date: the base of the win rate.',
    unit: 'count',
    aggregation: sum('deals'),
    filters: dealFilters,
    higherIsBetter: true,
    internal: true,
  },
  {
    key: 'deals_created',
    label: 'Deals created',
    description: 'New deals, counted on the day they were created.',
    unit: 'count',
    aggregation: sum('deals'),
    filters: dealFilters,
    higherIsBetter: true,
  },
  {
    key: 'new_customers',
    label: 'New customers',
    description: "Accounts whose first won deal closed that day: the account's first purchase.",
    unit: 'count',
    aggregation: sum('deals'),
    filters: dealFilters,
    higherIsBetter: true,
  },
  {
    key: 'cycle_days_won',
    label: 'Days to close (won deals, total)',
    description: 'For each deal won, the days from its creation to its close date, added up.',
    unit: 'days',
    aggregation: sum('deals'),
    filters: dealFilters,
    higherIsBetter: false,
    internal: true,
  },
  {
    key: 'win_rate',
    label: 'Win rate',
    description: 'Deals won as a share of deals closed (won or lost) in the period.',
    unit: 'percent',
    aggregation: ratio('deals_won', 'deals_closed'),
    filters: dealFilters,
    higherIsBetter: true,
  },
  {
    key: 'average_deal_size',
    label: 'Average deal size',
    description: 'Won revenue divided by the number of deals won in the period.',
    unit: 'money',
    aggregation: ratio('won_revenue', 'deals_won'),
    filters: dealFilters,
    higherIsBetter: true,
  },
  {
    key: 'sales_cycle_days',
    label: 'Sales cycle',
    description: 'The average number of days from creation to close of the deals won in the period.',
    unit: 'days',
    aggregation: ratio('cycle_days_won', 'deals_won'),
    filters: dealFilters,
    higherIsBetter: false,
  },
  {
    key: 'pipeline_value',
    label: 'Pipeline value',
    description: 'The amount of all open deals at the moment.',
    unit: 'money',
    aggregation: { kind: 'snapshot', source: 'deals' },
    filters: dealFilters,
    higherIsBetter: true,
  },
  {
    key: 'weighted_pipeline',
    label: 'Weighted pipeline',
    description: "The amount of each open deal times its stage's win probability, at the moment.",
    unit: 'money',
    aggregation: { kind: 'snapshot', source: 'deals' },
    filters: dealFilters,
    higherIsBetter: true,
  },
  {
    key: 'calls',
    label: 'Calls',
    description: 'Calls made or taken, counted on the day they were done.',
    unit: 'count',
    aggregation: sum('activities'),
    filters: accountFilters,
    higherIsBetter: true,
  },
  {
    key: 'connected_calls',
    label: 'Connected calls',
    description:
      'Calls that reached someone: every outcome but no answer, left message, busy and wrong number (calls without an outcome do not count).',
    unit: 'count',
    aggregation: sum('activities'),
    filters: accountFilters,
    higherIsBetter: true,
  },
  {
    key: 'connect_rate',
    label: 'Connect rate',
    description: 'Connected calls as a share of all calls.',
    unit: 'percent',
    aggregation: ratio('connected_calls', 'calls'),
    filters: accountFilters,
    higherIsBetter: true,
  },
  {
    key: 'meetings',
    label: 'Meetings',
    description: 'Meetings held, counted on the day they were done.',
    unit: 'count',
    aggregation: sum('activities'),
    filters: accountFilters,
    higherIsBetter: true,
  },
  {
    key: 'meetings_booked',
    label: 'Appointments booked',
    description: 'Activities of any kind whose outcome was an appointment booked.',
    unit: 'count',
    aggregation: sum('activities'),
    filters: accountFilters,
    higherIsBetter: true,
  },
  {
    key: 'visits',
    label: 'Visits',
    description: 'Visits at the customer, counted on the day they were done.',
    unit: 'count',
    aggregation: sum('activities'),
    filters: accountFilters,
    higherIsBetter: true,
  },
  {
    key: 'presentations_held',
    label: 'Presentations held',
    description: 'Presentations and demos, and any activity whose outcome was a presentation held.',
    unit: 'count',
    aggregation: sum('activities'),
    filters: accountFilters,
    higherIsBetter: true,
  },
  {
    key: 'emails',
    label: 'E-mails',
    description: 'E-mails logged as activities, counted on the day they were sent.',
    unit: 'count',
    aggregation: sum('activities'),
    filters: accountFilters,
    higherIsBetter: true,
  },
  {
    key: 'leads_created',
    label: 'Leads created',
    description: 'New leads, counted on the day they were created.',
    unit: 'count',
    aggregation: sum('leads'),
    filters: [],
    higherIsBetter: true,
  },
  {
    key: 'leads_due',
    label: 'Leads due for follow-up',
    description: 'Company leads whose follow-up deadline fell that day: the base of the follow-up rate.',
    unit: 'count',
    aggregation: sum('leads'),
    filters: [],
    higherIsBetter: true,
    internal: true,
  },
  {
    key: 'leads_followed_up_in_time',
    label: 'Leads followed up in time',
    description: 'Company leads followed up before their deadline, counted on the deadline day.',
    unit: 'count',
    aggregation: sum('leads'),
    filters: [],
    higherIsBetter: true,
  },
  {
    key: 'follow_up_rate',
    label: 'Follow-up in time',
    description: 'Company leads followed up before their deadline, as a share of those due.',
    unit: 'percent',
    aggregation: ratio('leads_followed_up_in_time', 'leads_due'),
    filters: [],
    higherIsBetter: true,
  },
  {
    key: 'new_contacts',
    label: 'New contacts',
    description: 'Contacts (prospects) added, counted on the day they were created.',
    unit: 'count',
    aggregation: sum('contacts'),
    filters: accountFilters,
    higherIsBetter: true,
  },
  {
    key: 'estimates_sent',
    label: 'Estimates sent',
    description: 'Estimates sent (or since accepted or rejected), counted on their estimate date.',
    unit: 'count',
    aggregation: sum('estimates'),
    filters: ['product_line', 'region', 'account_set'],
    higherIsBetter: true,
  },
  {
    key: 'estimates_sent_value',
    label: 'Estimates sent (value)',
    description: 'The amount of the estimates sent, counted on their estimate date.',
    unit: 'money',
    aggregation: sum('estimates'),
    filters: ['product_line', 'region', 'account_set'],
    higherIsBetter: true,
  },
  {
    key: 'call_reports_submitted',
    label: 'Daily call reports submitted',
    description: 'Daily call reports submitted, counted on the day they report.',
    unit: 'count',
    aggregation: sum('call_reports'),
    filters: [],
    higherIsBetter: true,
  },
];

/** Every metric by key. */
export const metricCatalog: Readonly<Record<MetricKey, MetricDefinition>> = Object.fromEntries(
  definitions.map((definition) => [definition.key, definition]),
) as Record<MetricKey, MetricDefinition>;

/** The metrics in catalog order. */
export const metricDefinitions: readonly MetricDefinition[] = metricKeys.map((key) => metricCatalog[key]);

export const isMetricKey = (key: string): key is MetricKey => Object.hasOwn(metricCatalog, key);

/** The base metrics a metric is computed from: itself for a sum, its two parts for a ratio. */
export const baseMetricsOf = (key: MetricKey): MetricKey[] => {
  const { aggregation } = metricCatalog[key];
  return aggregation.kind === 'ratio' ? [aggregation.numerator, aggregation.denominator] : [key];
};
