import type { MantineColor } from '@mantine/core';
import {
  type ActivityDirection,
  type ActivityOutcome,
  type ActivityType,
  activityDirections,
  activityOutcomes,
  activityTypes,
  type EstimateStatus,
  estimateStatuses,
  type LeadSource,
  type LeadStatus,
  leadSources,
  leadStatuses,
  type ProductLinePriority,
  productLinePriorities,
  type SalesRole,
  type StageKind,
  salesRoles,
  stageKinds,
} from '@pacer/core';
import {
  type Icon,
  IconCalendarEvent,
  IconChecklist,
  IconMail,
  IconMapPin,
  IconPhone,
  IconPresentation,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { VocabBadge } from './record-cells';

/** Colours, icons and translated options of the CRM vocabularies, one place for every page. */

export const leadStatusColors: Record<LeadStatus, MantineColor> = {
  new: 'blue',
  working: 'yellow',
  qualified: 'teal',
  disqualified: 'gray',
  converted: 'grape',
};
export const stageKindColors: Record<StageKind, MantineColor> = { open: 'blue', won: 'teal', lost: 'red' };
export const priorityColors: Record<ProductLinePriority, MantineColor> = {
  push: 'teal',
  standard: 'gray',
  loss_leader: 'orange',
};
export const estimateStatusColors: Record<EstimateStatus, MantineColor> = {
  draft: 'gray',
  sent: 'blue',
  accepted: 'teal',
  rejected: 'red',
};
/** The icon and colour of each kind of activity, the same in every list, form and timeline. */
export const activityLooks: Record<ActivityType, { icon: Icon; color: MantineColor }> = {
  visit: { icon: IconMapPin, color: 'grape' },
  call: { icon: IconPhone, color: 'blue' },
  meeting: { icon: IconCalendarEvent, color: 'cyan' },
  email: { icon: IconMail, color: 'gray' },
  presentation: { icon: IconPresentation, color: 'orange' },
  task: { icon: IconChecklist, color: 'teal' },
};

/** The outcomes that make sense for each kind of activity a rep logs, the likeliest first. */
export const outcomesFor = {
  call: [
    'connected',
    'no_answer',
    'left_message',
    'busy',
    'appointment_booked',
    'follow_up_needed',
    'not_interested',
    'wrong_number',
  ],
  visit: ['completed', 'appointment_booked', 'presentation_held', 'follow_up_needed', 'not_interested'],
  meeting: ['completed', 'appointment_booked', 'presentation_held', 'follow_up_needed', 'not_interested'],
  email: ['completed', 'follow_up_needed', 'appointment_booked', 'not_interested'],
  presentation: ['presentation_held', 'follow_up_needed', 'appointment_booked', 'not_interested'],
} as const satisfies Partial<Record<ActivityType, readonly ActivityOutcome[]>>;

export const leadStatusLabel = (t: TFunction, value: LeadStatus) => t(`records.vocab.leadStatus.${value}`);
export const leadSourceLabel = (t: TFunction, value: LeadSource) => t(`records.vocab.leadSource.${value}`);
export const stageKindLabel = (t: TFunction, value: StageKind) => t(`records.vocab.stageKind.${value}`);
export const salesRoleLabel = (t: TFunction, value: SalesRole) => t(`records.vocab.salesRole.${value}`);
export const priorityLabel = (t: TFunction, value: ProductLinePriority) => t(`records.vocab.priority.${value}`);
export const estimateStatusLabel = (t: TFunction, value: EstimateStatus) => t(`records.vocab.estimateStatus.${value}`);
export const activityTypeLabel = (t: TFunction, value: ActivityType) => t(`records.vocab.activityType.${value}`);
export const directionLabel = (t: TFunction, value: ActivityDirection) => t(`records.vocab.direction.${value}`);
export const outcomeLabel = (t: TFunction, value: ActivityOutcome) => t(`records.vocab.outcome.${value}`);

const optionsOf = <V extends string>(values: readonly V[], label: (value: V) => string) =>
  values.map((value) => ({ value, label: label(value) }));

export const leadStatusOptions = (t: TFunction) => optionsOf(leadStatuses, (v) => leadStatusLabel(t, v));
export const leadSourceOptions = (t: TFunction) => optionsOf(leadSources, (v) => leadSourceLabel(t, v));
export const stageKindOptions = (t: TFunction) => optionsOf(stageKinds, (v) => stageKindLabel(t, v));
export const salesRoleOptions = (t: TFunction) => optionsOf(salesRoles, (v) => salesRoleLabel(t, v));
export const priorityOptions = (t: TFunction) => optionsOf(productLinePriorities, (v) => priorityLabel(t, v));
export const estimateStatusOptions = (t: TFunction) => optionsOf(estimateStatuses, (v) => estimateStatusLabel(t, v));
export const activityTypeOptions = (t: TFunction) => optionsOf(activityTypes, (v) => activityTypeLabel(t, v));
export const directionOptions = (t: TFunction) => optionsOf(activityDirections, (v) => directionLabel(t, v));
export const outcomeOptions = (t: TFunction) => optionsOf(activityOutcomes, (v) => outcomeLabel(t, v));

export const LeadStatusBadge = ({ t, status }: { t: TFunction; status: LeadStatus }) => (
  <VocabBadge label={leadStatusLabel(t, status)} color={leadStatusColors[status]} />
);
export const StageKindBadge = ({ t, kind, label }: { t: TFunction; kind: StageKind; label?: string }) => (
  <VocabBadge
    label={label ?? stageKindLabel(t, kind)}
    color={stageKindColors[kind]}
    variant={kind === 'open' ? 'dot' : 'light'}
  />
);
export const PriorityBadge = ({ t, priority }: { t: TFunction; priority: ProductLinePriority }) => (
  <VocabBadge label={priorityLabel(t, priority)} color={priorityColors[priority]} />
);
export const EstimateStatusBadge = ({ t, status }: { t: TFunction; status: EstimateStatus }) => (
  <VocabBadge label={estimateStatusLabel(t, status)} color={estimateStatusColors[status]} />
);
