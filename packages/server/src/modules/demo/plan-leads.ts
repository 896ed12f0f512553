import type { LeadSource, RepType } from '@pacer/core';
import type { LeadRow, PlanContext, RepProfile, RepWorld } from './crm-world';
import type { Random } from './demo-random';
import { disqualifiedReasons, leadTitles, personFirstNames, personLastNames } from './demo-words';
import { ascii, type Company, inventCompany, type NameRegistry } from './plan-accounts';
import type { ActivityLog } from './plan-activities';
import { formOn } from './plan-rep';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

const sourcesByRepType: Record<RepType, readonly (readonly [LeadSource, number])[]> = {
  inside: [
    ['company', 65],
    ['referral', 10],
    ['event', 10],
    ['prospecting', 10],
    ['partner', 5],
  ],
  field: [
    ['company', 20],
    ['referral', 30],
    ['event', 20],
    ['prospecting', 30],
  ],
  external: [
    ['partner', 50],
    ['referral', 25],
    ['prospecting', 25],
  ],
};

/** A conversion due on a day: the world planner makes the account, contact and deal then. */
export interface PendingConversion {
  day: number;
  at: number;
  lead: LeadRow;
  company: Company;
}

/**
 * Leads of one rep: where they came from, when they were followed up (company-generated ones
 * against the org's deadline, some late, a few recent ones still overdue), and what became of them.
 */
export class LeadDesk {
  readonly conversions: PendingConversion[] = [];

  constructor(
    private readonly random: Random,
    private readonly context: PlanContext,
    private readonly profile: RepProfile,
    private readonly world: RepWorld,
    private readonly names: NameRegistry,
    private readonly log: ActivityLog,
  ) {}

  /** A lead arriving on day `n`; `hoursAgo` pins it relative to now (for the demo's overdue leads). */
  create(n: number, options: { source?: LeadSource; hoursAgo?: number; followUp?: boolean } = {}): LeadRow {
    const random = this.random;
    const context = this.context;
    const profile = this.profile;
    const { calendar } = context;
    const now = calendar.now.getTime();
    const source = options.source ?? random.weighted(sourcesByRepType[profile.repType]);
    const company = inventCompany(random, this.names, profile);
    const firstName = random.pick(personFirstNames);
    const lastName = random.pick(personLastNames);
    // Web forms arrive at any hour; the rest during the working day.
    const minute = source === 'company' ? random.int(7 * 60, 22 * 60) : random.int(8 * 60, 17 * 60);
    const raw = options.hoursAgo !== undefined ? now - options.hoursAgo * hourMs : calendar.at(n, minute);
    const createdAt = Math.min(raw, now - random.int(5, 120) * 60_000);
    const due = source === 'company' ? createdAt + context.leadFollowUpHours * hourMs : null;
    const form = Math.max(0.3, formOn(profile, n));
    const delay = (source === 'company' ? random.logNormal(4, 1.4) : random.logNormal(30, 0.8)) / form;
    const touchedAt = options.followUp === false ? null : createdAt + delay * hourMs;
    const followedUpAt = touchedAt !== null && touchedAt <= now ? touchedAt : null;
    const resolvedAt = followedUpAt === null ? null : followedUpAt + random.logNormal(12, 0.7) * dayMs;
    const resolved = resolvedAt !== null && resolvedAt <= now;
    const convertChance = Math.min(0.4, 0.22 * profile.skill);
    const fate = random.weighted([
      ['converted', convertChance],
      ['disqualified', 0.45],
      ['qualified', 0.13],
      ['working', Math.max(0.05, 0.42 - convertChance)],
    ] as const);
    const status = followedUpAt === null ? 'new' : !resolved || fate === 'working' ? 'working' : fate;
    const lead: LeadRow = {
      id: random.uuid(),
      ownerId: profile.id,
      firstName,
      lastName,
      company: company.name,
      title: random.pick(leadTitles),
      email: `${ascii(firstName)}.${ascii(lastName)}@${company.domain}`,
      phone: `${company.city.dial} 555-01${String(random.int(0, 99)).padStart(2, '0')}`,
      source,
      // Converted once the world planner has made the account, contact and deal.
      status: status === 'converted' ? 'qualified' : status,
      followUpDueAt: due === null ? null : new Date(due),
      followedUpAt: followedUpAt === null ? null : new Date(followedUpAt),
      disqualifiedReason: status === 'disqualified' ? random.pick(disqualifiedReasons) : null,
      notes: source === 'event' ? 'Met at the regional trade show; asked for the catalog.' : null,
      convertedAt: null,
      convertedAccountId: null,
      convertedContactId: null,
      convertedDealId: null,
      custom: {},
      externalId: null,
      archivedAt: null,
      createdAt: new Date(createdAt),
      updatedAt: new Date(resolved && resolvedAt !== null ? resolvedAt : (followedUpAt ?? createdAt)),
    };
    this.world.leads.push(lead);
    if (followedUpAt !== null) this.touch(lead, followedUpAt, resolved && resolvedAt !== null ? resolvedAt : now);
    if (status === 'converted' && resolvedAt !== null) {
      this.conversions.push({ day: calendar.dayOf(resolvedAt), at: resolvedAt, lead, company });
    }
    // Old disqualified leads are often archived to keep the list clean.
    if (status === 'disqualified' && resolvedAt !== null && now - resolvedAt > 365 * dayMs && random.chance(0.3)) {
      lead.archivedAt = new Date(resolvedAt + 60 * dayMs);
      lead.updatedAt = lead.archivedAt;
    }
    return lead;
  }

  /** The follow-up (the first touch) and a few more calls and e-mails until the lead is settled. */
  private touch(lead: LeadRow, first: number, until: number) {
    const random = this.random;
    this.log.touchLead(lead.id, first, 'call', random.pick(['connected', 'left_message', 'connected', 'no_answer']));
    const more = random.int(0, 2);
    for (let i = 0; i < more; i++) {
      const at = first + random.next() * Math.max(0, until - first);
      this.log.touchLead(
        lead.id,
        at,
        random.chance(0.5) ? 'email' : 'call',
        random.pick(['connected', 'left_message']),
      );
    }
  }

  /** Conversions due by day `n`, oldest first, taken off the list. */
  takeConversions(n: number): PendingConversion[] {
    const due = this.conversions.filter((c) => c.day <= n).sort((a, b) => a.at - b.at);
    if (due.length > 0) {
      const left = this.conversions.filter((c) => c.day > n);
      this.conversions.length = 0;
      this.conversions.push(...left);
    }
    return due;
  }
}
