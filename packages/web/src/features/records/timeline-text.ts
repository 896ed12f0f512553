import type { ActivityOutcome, ActivityType, TimelineEntry } from '@pacer/core';
import { activityOutcomes, activityTypes } from '@pacer/core';
import type { TFunction } from 'i18next';
import { activityTypeLabel, outcomeLabel } from './vocab';

type FieldKey =
  | 'name'
  | 'domain'
  | 'industry'
  | 'employees'
  | 'annualRevenue'
  | 'address'
  | 'regionId'
  | 'parentAccountId'
  | 'isKeyAccount'
  | 'ownerId'
  | 'custom'
  | 'title'
  | 'emails'
  | 'phones'
  | 'accountId'
  | 'isInfluencer'
  | 'notes'
  | 'firstName'
  | 'lastName'
  | 'company'
  | 'email'
  | 'phone'
  | 'source'
  | 'status'
  | 'followUpDueAt'
  | 'disqualifiedReason'
  | 'amount'
  | 'currency'
  | 'expectedCloseDate'
  | 'closedOn'
  | 'lostReason'
  | 'competitor'
  | 'lineItems'
  | 'splits'
  | 'contactIds'
  | 'externalId';

const fieldKeys = new Set<string>([
  'name',
  'domain',
  'industry',
  'employees',
  'annualRevenue',
  'address',
  'regionId',
  'parentAccountId',
  'isKeyAccount',
  'ownerId',
  'custom',
  'title',
  'emails',
  'phones',
  'accountId',
  'isInfluencer',
  'notes',
  'firstName',
  'lastName',
  'company',
  'email',
  'phone',
  'source',
  'status',
  'followUpDueAt',
  'disqualifiedReason',
  'amount',
  'currency',
  'expectedCloseDate',
  'closedOn',
  'lostReason',
  'competitor',
  'lineItems',
  'splits',
  'contactIds',
  'externalId',
]);

const fieldLabel = (t: TFunction, field: string) =>
  fieldKeys.has(field) ? t(`records.timeline.fields.${field as FieldKey}`) : field;

const isActivityType = (value: unknown): value is ActivityType =>
  typeof value === 'string' && (activityTypes as readonly string[]).includes(value);
const isOutcome = (value: unknown): value is ActivityOutcome =>
  typeof value === 'string' && (activityOutcomes as readonly string[]).includes(value);

/** A value of an edit as a reader sees it: ids are not shown, lists are joined. */
const shown = (field: string, value: unknown): string | null => {
  if (field.endsWith('Id') || field.endsWith('Ids')) return null;
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/** The one-line title of a timeline entry in the reader's language (the server's is English). */
export const timelineTitle = (t: TFunction, entry: TimelineEntry): string => {
  const data = entry.data;
  switch (entry.kind) {
    case 'activity': {
      if (!isActivityType(data.type)) return entry.title;
      const head = [activityTypeLabel(t, data.type), isOutcome(data.outcome) ? outcomeLabel(t, data.outcome) : null]
        .filter(Boolean)
        .join(' · ');
      const subject = typeof data.subject === 'string' && data.subject ? `: ${data.subject}` : '';
      return `${head}${subject}${data.completedAt ? '' : ` (${t('records.timeline.planned')})`}`;
    }
    case 'stage_change':
      if (typeof data.toStageName !== 'string') return entry.title;
      return typeof data.fromStageName === 'string'
        ? t('records.timeline.stage', { from: data.fromStageName, to: data.toStageName })
        : t('records.timeline.stageFirst', { to: data.toStageName });
    case 'edit':
      return t('records.timeline.edited', {
        fields: Object.keys(data)
          .map((field) => fieldLabel(t, field))
          .join(', '),
      });
    case 'converted':
      return t(data.dealId ? 'records.timeline.convertedWithDeal' : 'records.timeline.converted');
    default:
      return t(`records.timeline.kinds.${entry.kind}`);
  }
};

/** The detail under the title: an activity's notes, an edit's changes, a hand-off. */
export const timelineDetail = (t: TFunction, entry: TimelineEntry): string | null => {
  const data = entry.data;
  switch (entry.kind) {
    case 'edit':
      return (
        Object.entries(data)
          .flatMap(([field, change]) => {
            const { from, to } = (change ?? {}) as { from?: unknown; to?: unknown };
            const before = shown(field, from);
            const after = shown(field, to);
            return before === null || after === null ? [] : [`${fieldLabel(t, field)}: ${before} → ${after}`];
          })
          .join('\n') || null
      );
    case 'stage_change':
      return data.handoff ? t('records.timeline.handoff') : null;
    default:
      return entry.detail;
  }
};
