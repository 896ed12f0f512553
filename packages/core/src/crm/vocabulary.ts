/** The fixed vocabularies of the CRM core: one const array each, used by contracts, tables and the UI. */

/** Where a lead came from. `company` leads (marketing, inbound) carry a follow-up deadline. */
export const leadSources = ['company', 'referral', 'event', 'prospecting', 'partner'] as const;
export type LeadSource = (typeof leadSources)[number];

export const leadStatuses = ['new', 'working', 'qualified', 'disqualified', 'converted'] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/** A stage is open, or ends the deal as won or lost. */
export const stageKinds = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof stageKinds)[number];

/** Roles of the assembly-line sales model; a stage may name the role that owns it. */
export const salesRoles = ['sdr', 'ae', 'account_manager', 'customer_success'] as const;
export type SalesRole = (typeof salesRoles)[number];

/** How much the company wants a product line sold. */
export const productLinePriorities = ['push', 'standard', 'loss_leader'] as const;
export type ProductLinePriority = (typeof productLinePriorities)[number];

export const estimateStatuses = ['draft', 'sent', 'accepted', 'rejected'] as const;
export type EstimateStatus = (typeof estimateStatuses)[number];

export const activityTypes = ['call', 'meeting', 'visit', 'email', 'presentation', 'task'] as const;
export type ActivityType = (typeof activityTypes)[number];

export const activityDirections = ['inbound', 'outbound'] as const;
export type ActivityDirection = (typeof activityDirections)[number];

export const activityOutcomes = [
  'connected',
  'no_answer',
  'left_message',
  'busy',
  'wrong_number',
  'appointment_booked',
  'presentation_held',
  'follow_up_needed',
  'not_interested',
  'completed',
] as const;
export type ActivityOutcome = (typeof activityOutcomes)[number];

/** A daily call report is written, submitted as one unit, then reviewed by the rep's manager. */
export const callReportStatuses = ['draft', 'submitted', 'reviewed'] as const;
export type CallReportStatus = (typeof callReportStatuses)[number];

/** Record types with lists, import, export and saved views. */
export const recordTypes = ['accounts', 'contacts', 'leads', 'deals', 'products', 'estimates', 'activities'] as const;
export type RecordType = (typeof recordTypes)[number];

/** Record types that carry org-defined custom fields. */
export const customizableRecordTypes = ['accounts', 'contacts', 'leads', 'deals'] as const;
export type CustomizableRecordType = (typeof customizableRecordTypes)[number];

export const customFieldTypes = ['text', 'number', 'date', 'boolean', 'select'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

/** Island: one rep works a deal from first call to close. Assembly line: SDR, AE, account manager, customer success hand it on. */
export const salesModels = ['island', 'assembly_line'] as const;
export type SalesModel = (typeof salesModels)[number];
