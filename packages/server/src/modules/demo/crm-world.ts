import type { RepType } from '@pacer/core';
import type { accounts } from '../accounts/accounts.table';
import type { activities } from '../activities/activities.table';
import type { callReportComments, callReports } from '../call-reports/call-reports.table';
import type { contacts } from '../contacts/contacts.table';
import type { dealContacts, dealLineItems, dealSplits, dealStageChanges, deals } from '../deals/deals.table';
import type { estimates } from '../estimates/estimates.table';
import type { leads } from '../leads/leads.table';
import type { OrgCalendar } from './demo-calendar';
import type { Catalog } from './demo-catalog';

/** The rows the planner makes, shaped like the tables' inserts; the loader adds the org id. */
type Row<T extends { $inferInsert: object }> = Omit<T['$inferInsert'], 'orgId'>;

export type AccountRow = Row<typeof accounts> & { id: string };
export type ContactRow = Row<typeof contacts> & { id: string };
export type LeadRow = Row<typeof leads> & { id: string };
export type DealRow = Row<typeof deals> & { id: string };
export type LineItemRow = Row<typeof dealLineItems> & { id: string };
export type SplitRow = Row<typeof dealSplits>;
export type DealContactRow = Row<typeof dealContacts>;
export type StageChangeRow = Row<typeof dealStageChanges> & { id: string };
export type EstimateRow = Row<typeof estimates> & { id: string };
export type CallReportRow = Row<typeof callReports> & { id: string };
export type CommentRow = Row<typeof callReportComments> & { id: string };
export type ActivityRow = Row<typeof activities> & { id: string };

/** Everything one rep's history consists of; the loader writes it table by table. */
export interface RepWorld {
  accounts: AccountRow[];
  contacts: ContactRow[];
  leads: LeadRow[];
  deals: DealRow[];
  lineItems: LineItemRow[];
  splits: SplitRow[];
  dealContacts: DealContactRow[];
  stageChanges: StageChangeRow[];
  estimates: EstimateRow[];
  callReports: CallReportRow[];
  comments: CommentRow[];
  activities: ActivityRow[];
}

export const emptyWorld = (): RepWorld => ({
  accounts: [],
  contacts: [],
  leads: [],
  deals: [],
  lineItems: [],
  splits: [],
  dealContacts: [],
  stageChanges: [],
  estimates: [],
  callReports: [],
  comments: [],
  activities: [],
});

/** What every rep's planning shares: the org's calendar, catalog and volume. */
export interface PlanContext {
  seed: number;
  calendar: OrgCalendar;
  catalog: Catalog;
  currency: string;
  /** Hours a rep has to follow up a company-generated lead (the org setting). */
  leadFollowUpHours: number;
  /** Multiplies accounts, leads, deals and activities per rep (scale M logs more than the demo). */
  volume: number;
  /** Inside reps, who take a share of the credit on some field deals. */
  insideRepIds: readonly string[];
  regionIds: ReadonlyMap<string, string>;
}

/** One rep and what shapes their numbers. */
export interface RepProfile {
  id: string;
  email: string;
  name: string;
  repType: RepType;
  managerId: string;
  /** The region key their accounts sit in. */
  region: string;
  /** The demo login: always has a lively pipeline and a day of activities. */
  isDemoRep: boolean;
  /** Conversion: multiplies the win rate (0.5–1.8). */
  skill: number;
  /** How much they log and sell compared with their peers. */
  drive: number;
  /** Multiplies deal sizes. */
  dealSize: number;
  /** First day number they work (later for new hires). */
  startDay: number;
  /** Joined during the history: ramps up over the first three months. */
  newHire: boolean;
  /** Day numbers of a slump (numbers fall off), or null. */
  slump: { from: number; to: number } | null;
  /** Vacation day numbers. */
  vacation: ReadonlySet<number>;
}
