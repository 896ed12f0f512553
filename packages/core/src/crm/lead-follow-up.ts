import type { LeadSource, LeadStatus } from './vocabulary';

/** Lead sources whose leads carry a follow-up deadline: company-generated (marketing, inbound). */
export const deadlineLeadSources: readonly LeadSource[] = ['company'];

/** Statuses that end the follow-up: nothing is overdue once a lead is disqualified or converted. */
export const closedLeadStatuses: readonly LeadStatus[] = ['disqualified', 'converted'];

const hourMs = 60 * 60 * 1000;

/**
 * The follow-up deadline of a new lead: the one asked for (null clears it), else, for a
 * company-generated lead, `followUpHours` after it came in; other leads have none.
 */
export const leadFollowUpDueAt = (lead: {
  source: LeadSource;
  receivedAt: Date;
  followUpHours: number;
  requested?: Date | null | undefined;
}): Date | null => {
  if (lead.requested !== undefined) return lead.requested;
  if (!deadlineLeadSources.includes(lead.source)) return null;
  return new Date(lead.receivedAt.getTime() + lead.followUpHours * hourMs);
};

/** Whether a lead missed its follow-up: the deadline passed, nobody followed up, and it is still open. */
export const isLeadOverdue = (
  lead: { followUpDueAt: Date | null; followedUpAt: Date | null; status: LeadStatus },
  now: Date,
): boolean =>
  lead.followUpDueAt !== null &&
  lead.followUpDueAt.getTime() < now.getTime() &&
  lead.followedUpAt === null &&
  !closedLeadStatuses.includes(lead.status);

/** Whether a status change counts as the lead's follow-up: the first move away from `new`. */
export const isFollowUpStatusChange = (from: LeadStatus | null, to: LeadStatus): boolean =>
  to !== 'new' && from !== to && (from === null || from === 'new');

/** Whether a lead may be moved from one status to another: a converted lead stays converted. */
export const canChangeLeadStatus = (from: LeadStatus, to: LeadStatus): boolean =>
  from === to || (from !== 'converted' && to !== 'converted');
