import type { ImportField } from '../contracts/imports';
import {
  activityDirections,
  activityOutcomes,
  activityTypes,
  estimateStatuses,
  leadSources,
  type RecordType,
} from '../crm/vocabulary';

/** What a reference field names: matched in the org by id, external id, name or e-mail (see each). */
export const referenceKinds = [
  'member',
  'account',
  'contact',
  'deal',
  'lead',
  'product',
  'productLine',
  'pipeline',
  'stage',
  'region',
] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

/** A field an import can fill, with what the importer needs beyond the public description. */
export interface ImportFieldSpec extends ImportField {
  /** Longest text accepted. */
  max?: number;
  /** Other names of enum values, as other systems write them. */
  aliases?: Record<string, readonly string[]>;
  reference?: ReferenceKind;
  /** Smallest and largest whole number. */
  range?: [number, number];
  /** Filled from another field when empty (e.g. last name from the full name): not required in the mapping. */
  derived?: boolean;
}

const text = (key: string, label: string, max = 200, description?: string): ImportFieldSpec => ({
  key,
  label,
  required: false,
  type: 'text',
  max,
  ...(description ? { description } : {}),
});
const required = (field: ImportFieldSpec): ImportFieldSpec => ({ ...field, required: true });
const ref = (key: string, label: string, reference: ReferenceKind, description: string): ImportFieldSpec => ({
  key,
  label,
  required: false,
  type: 'reference',
  reference,
  description,
});
const choice = (
  key: string,
  label: string,
  options: readonly string[],
  aliases: Record<string, readonly string[]> = {},
): ImportFieldSpec => ({ key, label, required: false, type: 'enum', options: [...options], aliases });
const typed = (key: string, label: string, type: ImportFieldSpec['type'], description?: string): ImportFieldSpec => ({
  key,
  label,
  required: false,
  type,
  ...(description ? { description } : {}),
});

const identity: ImportFieldSpec[] = [
  text('id', 'Pacer ID', 36, 'The record’s id in Pacer (from an export): the row updates that record'),
  text(
    'externalId',
    'External ID',
    200,
    'Its id in the system it comes from; importing again updates instead of duplicating',
  ),
];
const owner = ref('owner', 'Owner', 'member', 'E-mail or name of a member; empty: you');
const createdAt = typed('createdAt', 'Created', 'datetime', 'When it was created in the other system; empty: now');
const address: ImportFieldSpec[] = [
  text('street', 'Street', 200),
  text('city', 'City', 120),
  text('postalCode', 'Postal Code', 20),
  text('state', 'State / Province', 120),
  text('country', 'Country', 80),
];
const accountRef = ref('account', 'Account', 'account', 'Name, external ID or Pacer ID of an account');

const activityTypeAliases = {
  call: ['phone', 'phone call', 'log a call', 'calls', 'call logged'],
  meeting: ['event', 'lunch', 'appointment', 'meetings'],
  visit: ['site visit', 'field visit', 'customer visit', 'in person'],
  email: ['e-mail', 'mail', 'send email', 'emails', 'list email'],
  presentation: ['demo', 'presentation/demo', 'product demo', 'webinar'],
  task: ['to-do', 'todo', 'to do', 'deadline', 'other', 'follow-up'],
};
const outcomeAliases = {
  connected: ['reached', 'answered', 'left live message'],
  no_answer: ['no answer', 'not reached', 'unreachable'],
  left_message: ['left voicemail', 'voicemail', 'left message'],
  busy: ['line busy'],
  wrong_number: ['wrong number', 'invalid number'],
  appointment_booked: ['meeting booked', 'appointment set', 'meeting scheduled'],
  presentation_held: ['presentation given', 'demo held', 'demo given'],
  follow_up_needed: ['follow up', 'call back', 'callback'],
  not_interested: ['not interested', 'declined'],
  completed: ['done', 'complete', 'held'],
};
const leadSourceAliases = {
  company: [
    'marketing',
    'web',
    'website',
    'inbound',
    'advertisement',
    'phone inquiry',
    'purchased list',
    'public relations',
    'campaign',
    'organic search',
    'paid search',
    'social media',
    'email marketing',
    'direct traffic',
    'offline sources',
  ],
  referral: ['employee referral', 'external referral', 'word of mouth', 'referrals', 'customer referral'],
  event: ['trade show', 'conference', 'seminar', 'seminar - partner', 'seminar - internal', 'webinar', 'events'],
  prospecting: ['cold call', 'outbound', 'own', 'self generated', 'sales', 'prospect'],
  partner: ['partner referral', 'reseller', 'partners'],
};
const leadStatusAliases = {
  new: ['open', 'open - not contacted', 'not contacted', 'unread'],
  working: ['working - contacted', 'contacted', 'in progress', 'attempted to contact', 'connected', 'open deal'],
  qualified: ['sales qualified', 'marketing qualified', 'sql', 'mql'],
  disqualified: ['closed - not converted', 'unqualified', 'bad timing', 'not interested', 'lost', 'closed lost'],
};
const estimateStatusAliases = {
  draft: ['new', 'needs review', 'in review', 'open'],
  sent: ['presented', 'submitted', 'delivered', 'sent to customer'],
  accepted: ['approved', 'won', 'signed', 'closed won'],
  rejected: ['denied', 'declined', 'lost', 'closed lost', 'expired'],
};

/** The fields each record type can import, in the order a mapping screen shows them. */
export const importFieldSpecs: Record<RecordType, ImportFieldSpec[]> = {
  accounts: [
    ...identity,
    required(text('name', 'Name', 200)),
    text('domain', 'Website', 200),
    text('industry', 'Industry', 120),
    { ...typed('employees', 'Employees', 'number'), range: [0, 10_000_000] },
    typed('annualRevenue', 'Annual Revenue', 'amount', 'In the org currency'),
    ...address,
    ref('region', 'Region', 'region', 'Name of a region or territory'),
    ref('parentAccount', 'Parent Account', 'account', 'Name or external ID of an account, also one in this file'),
    typed('isKeyAccount', 'Key Account', 'boolean'),
    owner,
    createdAt,
  ],
  contacts: [
    ...identity,
    text('firstName', 'First Name', 80),
    { ...required(text('lastName', 'Last Name', 80, 'Or map Full Name: it is split')), derived: true },
    text('fullName', 'Full Name', 160, 'First and last name in one column'),
    text('title', 'Title', 120),
    typed('email', 'E-mail', 'email'),
    typed('email2', 'Other E-mail', 'email'),
    text('phone', 'Phone', 40),
    text('mobile', 'Mobile', 40),
    ...address,
    accountRef,
    typed('isInfluencer', 'Influencer', 'boolean'),
    text('notes', 'Notes', 10_000),
    owner,
    createdAt,
  ],
  leads: [
    ...identity,
    text('firstName', 'First Name', 80),
    { ...required(text('lastName', 'Last Name', 80, 'Or map Full Name: it is split')), derived: true },
    text('fullName', 'Full Name', 160, 'First and last name in one column'),
    text('company', 'Company', 200),
    text('title', 'Title', 120),
    typed('email', 'E-mail', 'email'),
    text('phone', 'Phone', 40),
    required(choice('source', 'Source', leadSources, leadSourceAliases)),
    choice('status', 'Status', ['new', 'working', 'qualified', 'disqualified'], leadStatusAliases),
    typed('followUpDueAt', 'Follow-up Due', 'datetime'),
    text('disqualifiedReason', 'Disqualified Reason', 500),
    text('notes', 'Notes', 10_000),
    owner,
    createdAt,
  ],
  deals: [
    ...identity,
    {
      ...required(text('name', 'Name', 200, 'Empty: account and product, or the external ID')),
      derived: true,
    },
    accountRef,
    ref('pipeline', 'Pipeline', 'pipeline', 'Name of a pipeline; empty: the default pipeline'),
    ref('stage', 'Stage', 'stage', 'Name of a stage of that pipeline; empty: its first stage'),
    choice('status', 'Status', ['open', 'won', 'lost'], { won: ['closed won'], lost: ['closed lost', 'deleted'] }),
    typed('amount', 'Amount', 'amount'),
    text('currency', 'Currency', 3, 'ISO code such as USD; empty: the org currency'),
    typed('closeDate', 'Close Date', 'date', 'Expected close date while open, actual once won or lost'),
    typed('expectedCloseDate', 'Expected Close Date', 'date'),
    typed('closedOn', 'Closed On', 'date', 'The day it was won or lost'),
    text('lostReason', 'Lost Reason', 500),
    text('competitor', 'Competitor', 200),
    ref('product', 'Product', 'product', 'Name or SKU of a product: the deal gets one line item of it'),
    owner,
    createdAt,
  ],
  products: [
    ...identity,
    required(text('name', 'Name', 200)),
    text('sku', 'SKU', 80),
    ref('productLine', 'Product Line', 'productLine', 'Name of a product line (series)'),
    required(typed('listPrice', 'List Price', 'amount')),
    text('currency', 'Currency', 3, 'ISO code such as USD; empty: the org currency'),
    text('description', 'Description', 5000),
  ],
  estimates: [
    ...identity,
    text('number', 'Number', 60),
    { ...accountRef, required: true },
    ref('deal', 'Deal', 'deal', 'Name or external ID of a deal'),
    { ...ref('productLine', 'Product Line', 'productLine', 'Name of a product line'), required: true },
    required(typed('amount', 'Amount', 'amount')),
    text('currency', 'Currency', 3, 'ISO code such as USD; empty: the org currency'),
    choice('status', 'Status', estimateStatuses, estimateStatusAliases),
    { ...required(typed('estimateDate', 'Date', 'date', 'Empty: the day of the import')), derived: true },
    text('notes', 'Notes', 5000),
    owner,
    createdAt,
  ],
  activities: [
    ...identity,
    required(choice('type', 'Type', activityTypes, activityTypeAliases)),
    choice('direction', 'Direction', activityDirections, {
      inbound: ['incoming', 'in'],
      outbound: ['outgoing', 'out'],
    }),
    choice('outcome', 'Outcome', activityOutcomes, outcomeAliases),
    text('subject', 'Subject', 200),
    text('notes', 'Notes', 20_000),
    typed('scheduledAt', 'Scheduled', 'datetime'),
    text('scheduledTime', 'Scheduled Time', 20, 'Time of day when the date is in another column'),
    typed('completedAt', 'Completed', 'datetime'),
    typed('done', 'Done', 'boolean', 'Empty: done when the scheduled time has passed'),
    { ...typed('durationMinutes', 'Duration (min)', 'number', 'Minutes, or HH:MM'), range: [0, 24 * 60] },
    text('location', 'Location', 200),
    accountRef,
    ref('contact', 'Contact', 'contact', 'E-mail, name or external ID of a contact'),
    ref('deal', 'Deal', 'deal', 'Name or external ID of a deal'),
    ref('lead', 'Lead', 'lead', 'E-mail, name or external ID of a lead'),
    owner,
    createdAt,
  ],
};

/** The public description of a record type's import fields (as `GET /imports/fields/:type` shows them). */
export const importFieldsOf = (recordType: RecordType): ImportField[] =>
  importFieldSpecs[recordType].map(({ key, label, required, type, options, description }) => ({
    key,
    label,
    required,
    type,
    ...(options ? { options } : {}),
    ...(description ? { description } : {}),
  }));

/** The field key of an org-defined custom field in mappings: `custom.<key>`. */
export const customFieldKey = (key: string) => `custom.${key}`;
