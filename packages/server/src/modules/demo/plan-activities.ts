import type { ActivityOutcome, ActivityType, RepType } from '@pacer/core';
import type { ActivityRow, PlanContext, RepProfile, RepWorld } from './crm-world';
import { seasonality } from './demo-calendar';
import type { Random } from './demo-random';
import {
  callSubjects,
  competitors,
  emailSubjects,
  meetingSubjects,
  noteTemplates,
  presentationSubjects,
  taskSubjects,
  visitSubjects,
} from './demo-words';
import type { PlannedAccount } from './plan-accounts';
import type { DealDesk } from './plan-deals';

const minuteMs = 60_000;

/** Logged activities per working day of a rep at full form, by kind of rep (before `volume`). */
const dailyRates: Record<RepType, Partial<Record<ActivityType, number>>> = {
  inside: { call: 9, email: 4, meeting: 0.6, presentation: 0.3, task: 0.5 },
  field: { visit: 3.5, call: 3, email: 1.5, meeting: 0.3, presentation: 0.5, task: 0.3 },
  external: { visit: 2.5, call: 1.5, email: 0.5, presentation: 0.3, task: 0.1 },
};

const callOutcomes: readonly (readonly [ActivityOutcome, number])[] = [
  ['connected', 35],
  ['no_answer', 25],
  ['left_message', 18],
  ['busy', 4],
  ['wrong_number', 2],
  ['appointment_booked', 8],
  ['follow_up_needed', 5],
  ['not_interested', 3],
];

const subjects: Record<ActivityType, readonly string[]> = {
  call: callSubjects,
  visit: visitSubjects,
  meeting: meetingSubjects,
  email: emailSubjects,
  presentation: presentationSubjects,
  task: taskSubjects,
};

/** Who and what an activity is about. */
interface Target {
  accountId: string | null;
  contactId: string | null;
  dealId: string | null;
  leadId: string | null;
  account: PlannedAccount | null;
  contactName: string | null;
}

/** A rep's calls, visits, meetings, e-mails, presentations and tasks. */
export class ActivityLog {
  private readonly now: number;

  constructor(
    private readonly random: Random,
    private readonly context: PlanContext,
    private readonly profile: RepProfile,
    private readonly world: RepWorld,
    private readonly desk: DealDesk,
    private readonly pickAccount: () => PlannedAccount,
  ) {
    this.now = context.calendar.now.getTime();
  }

  private contactOf(account: PlannedAccount, id?: string): { id: string | null; name: string | null } {
    const contact = id ? account.contacts.find((c) => c.id === id) : this.random.pick(account.contacts);
    return contact
      ? { id: contact.id, name: `${contact.firstName ?? ''} ${contact.lastName}`.trim() }
      : { id: null, name: null };
  }

  private target(type: ActivityType, day: number): Target {
    const dealShare = { presentation: 0.9, meeting: 0.6, call: 0.45, email: 0.45, task: 0.5, visit: 0.4 }[type];
    const deal = this.random.chance(dealShare) ? this.desk.pickActive(day) : null;
    if (deal) {
      const contact = this.contactOf(
        deal.account,
        this.random.pick(deal.contactIds.length ? deal.contactIds : ['']) || undefined,
      );
      return {
        accountId: deal.account.row.id,
        contactId: contact.id,
        dealId: deal.row.id,
        leadId: null,
        account: deal.account,
        contactName: contact.name,
      };
    }
    const account = this.pickAccount();
    const contact = this.random.chance(0.8) ? this.contactOf(account) : { id: null, name: null };
    return {
      accountId: account.row.id,
      contactId: contact.id,
      dealId: null,
      leadId: null,
      account,
      contactName: contact.name,
    };
  }

  private notes(target: Target): string {
    const line = this.random.pick(this.context.catalog.lines);
    return this.random
      .pick(noteTemplates)
      .replace('{contact}', target.contactName ?? 'the buyer')
      .replace('{account}', target.account?.row.name ?? 'the customer')
      .replace('{product}', this.random.pick(line.products).name.toLowerCase())
      .replace('{competitor}', this.random.pick(competitors));
  }

  /** One activity at `at`: done when at or before now, else planned. Answers the row. */
  add(type: ActivityType, at: number, target: Target, options: { outcome?: ActivityOutcome; planned?: boolean } = {}) {
    const done = at <= this.now && !options.planned;
    const booked = type === 'visit' || type === 'meeting' || type === 'presentation';
    let outcome: ActivityOutcome | null = null;
    let duration: number | null = null;
    let notes: string | null = null;
    let direction: ActivityRow['direction'] = null;
    let location: string | null = null;
    if (type === 'call') {
      direction = this.random.chance(0.85) ? 'outbound' : 'inbound';
      outcome = options.outcome ?? this.random.weighted(callOutcomes);
      duration =
        outcome === 'connected' || outcome === 'appointment_booked' || outcome === 'follow_up_needed'
          ? Math.min(45, Math.max(2, Math.round(this.random.logNormal(6, 0.6))))
          : 1;
      if (outcome === 'connected' && this.random.chance(0.4)) notes = this.notes(target);
    } else if (type === 'email') {
      direction = this.random.chance(0.8) ? 'outbound' : 'inbound';
      outcome = null;
    } else if (type === 'task') {
      outcome = 'completed';
    } else {
      duration =
        type === 'visit'
          ? Math.min(180, Math.max(15, Math.round(this.random.logNormal(45, 0.4))))
          : this.random.pick([30, 45, 60, 90]);
      outcome =
        type === 'presentation'
          ? 'presentation_held'
          : this.random.weighted([
              ['completed', 60],
              ['follow_up_needed', 20],
              ['appointment_booked', 10],
              ['presentation_held', 10],
            ] as const);
      location = type === 'meeting' && this.random.chance(0.6) ? 'Video call' : (target.account?.city.city ?? null);
      if (this.random.chance(type === 'visit' ? 0.7 : 0.5)) notes = this.notes(target);
    }
    if (!done) outcome = null;
    // Booked appointments were planned days ahead; calls and e-mails are logged right after.
    const createdAt =
      booked || !done
        ? Math.min(this.now, at - this.random.int(1, 10) * 86_400_000)
        : Math.min(this.now, at + this.random.int(1, 15) * minuteMs);
    const row: ActivityRow = {
      id: this.random.uuid(),
      ownerId: this.profile.id,
      type,
      direction,
      outcome,
      subject: this.random.pick(subjects[type]),
      notes: done ? notes : null,
      scheduledAt: booked || !done ? new Date(at) : null,
      completedAt: done ? new Date(at) : null,
      durationMinutes: duration,
      location,
      accountId: target.accountId,
      contactId: target.contactId,
      dealId: target.dealId,
      leadId: target.leadId,
      callReportId: null,
      externalId: null,
      archivedAt: null,
      createdAt: new Date(createdAt),
      updatedAt: new Date(done ? Math.max(createdAt, Math.min(this.now, at + (duration ?? 5) * minuteMs)) : createdAt),
    };
    this.world.activities.push(row);
    return row;
  }

  /** A call or e-mail about a lead (its follow-up and later touches). */
  touchLead(leadId: string, at: number, type: 'call' | 'email', outcome: ActivityOutcome) {
    const target: Target = { accountId: null, contactId: null, dealId: null, leadId, account: null, contactName: null };
    return this.add(type, at, target, { outcome });
  }

  /** The working day `n` of the rep at `form` (1 = their usual output). */
  day(n: number, form: number) {
    const { calendar } = this.context;
    const month = calendar.day(n).month;
    const factor = form * this.profile.drive * this.context.volume * (0.8 + 0.2 * (seasonality[month - 1] ?? 1));
    const rates = dailyRates[this.profile.repType];
    const planned: [ActivityType, number][] = [];
    for (const [type, rate] of Object.entries(rates) as [ActivityType, number][]) {
      const count = this.random.poisson(rate * factor);
      for (let i = 0; i < count; i++) planned.push([type, 0]);
    }
    if (planned.length === 0) return;
    // Spread the day from about 8:00 to 17:30; field visits take their time in between.
    const start = 8 * 60 + this.random.int(0, 45);
    const step = Math.max(4, Math.floor((17.5 * 60 - start) / planned.length));
    for (let i = planned.length - 1; i > 0; i--) {
      const j = Math.floor(this.random.next() * (i + 1));
      [planned[i], planned[j]] = [planned[j] as [ActivityType, number], planned[i] as [ActivityType, number]];
    }
    planned.forEach(([type], i) => {
      const minute = start + i * step + this.random.int(0, Math.max(1, step - 2));
      this.add(type, calendar.at(n, minute), this.target(type, n));
    });
  }

  /** Appointments booked for the coming working days (planned, not yet done). */
  upcoming(days: number) {
    const { calendar } = this.context;
    let n = calendar.today.n;
    for (let d = 0; d < days; d++) {
      n = calendar.workingOnOrAfter(n + 1);
      const kinds: ActivityType[] =
        this.profile.repType === 'inside' ? ['meeting', 'call', 'presentation'] : ['visit', 'visit', 'meeting'];
      const count = this.random.int(1, 4);
      for (let i = 0; i < count; i++) {
        const type = this.random.pick(kinds);
        this.add(type, calendar.at(n, this.random.int(8 * 60, 16 * 60)), this.target(type, calendar.today.n), {
          planned: true,
        });
      }
    }
  }
}
