import type { RepType } from '@pacer/core';
import type { DealRow, PlanContext, RepProfile, RepWorld } from './crm-world';
import { seasonality } from './demo-calendar';
import type { PlannedLine, PlannedPipeline, PlannedStage } from './demo-catalog';
import type { Random } from './demo-random';
import { competitors, dealContactRoles, lostReasons } from './demo-words';
import type { PlannedAccount } from './plan-accounts';
import { centsText, lineTotalCents } from './plan-money';
import { formOn } from './plan-rep';

/** Median deal size in cents and median days per stage, by kind of rep. */
const dealShape: Record<RepType, { medianCents: number; stageDays: number }> = {
  inside: { medianCents: 240_000, stageDays: 3 },
  field: { medianCents: 950_000, stageDays: 7 },
  external: { medianCents: 600_000, stageDays: 9 },
};

/** A deal the rep can still work: open on the days between its creation and its close. */
export interface ActiveDeal {
  row: DealRow;
  account: PlannedAccount;
  contactIds: string[];
  fromDay: number;
  /** The day it closed, or Infinity while open. */
  toDay: number;
  lines: PlannedLine[];
}

interface Move {
  stage: PlannedStage;
  at: number;
}

/** Deals of one rep: line items, the full stage history, splits, contacts and renewals. */
export class DealDesk {
  readonly active: ActiveDeal[] = [];
  /** Every deal opened, in order. */
  readonly allDeals: ActiveDeal[] = [];
  private readonly renewals: { day: number; deal: ActiveDeal }[] = [];
  private readonly newBusiness: PlannedPipeline;
  private readonly renewalPipeline: PlannedPipeline;

  constructor(
    private readonly random: Random,
    private readonly context: PlanContext,
    private readonly profile: RepProfile,
    private readonly world: RepWorld,
  ) {
    const [newBusiness, renewals] = context.catalog.pipelines;
    this.newBusiness = newBusiness as PlannedPipeline;
    this.renewalPipeline = renewals as PlannedPipeline;
  }

  /** A working-hours instant on a day (or the next working day). */
  private workingInstant(n: number): number {
    const day = this.context.calendar.workingOnOrAfter(n);
    return this.context.calendar.at(day, this.random.int(8 * 60, 17 * 60));
  }

  private pickLines(): PlannedLine[] {
    const lines = this.context.catalog.lines;
    const first = this.random.weighted(lines.map((line) => [line, line.weight] as const));
    if (!this.random.chance(0.3)) return [first];
    const second = this.random.weighted(lines.filter((l) => l !== first).map((line) => [line, line.weight] as const));
    return [first, second];
  }

  /** Line items worth about `targetCents`, at list price less the line's usual discount. */
  private addLineItems(dealId: string, lines: PlannedLine[], targetCents: number, service = false): number {
    let total = 0;
    let position = 0;
    for (const line of lines) {
      const share = targetCents / lines.length;
      const products = line.products.filter(() => this.random.chance(0.5));
      const chosen = products.length > 0 ? products.slice(0, 2) : [this.random.pick(line.products)];
      for (const product of chosen) {
        const discount = this.random.int(line.discount[0], line.discount[1]);
        const net = product.priceCents * (1 - discount / 100);
        const quantity = service || line.key === 'service' ? 1 : Math.max(1, Math.round(share / chosen.length / net));
        const cents = lineTotalCents(quantity, product.priceCents, discount);
        total += cents;
        this.world.lineItems.push({
          id: this.random.uuid(),
          dealId,
          position: position++,
          productId: product.id,
          productName: product.name,
          productLineId: line.id,
          quantity: String(quantity),
          unitPrice: centsText(product.priceCents),
          discountPercent: String(discount),
          total: centsText(cents),
        });
      }
    }
    return total;
  }

  /** The stages the deal will pass through, with times, from its creation; cut at now. */
  private planMoves(pipeline: PlannedPipeline, createdAt: number, winProbability: number): Move[] {
    const open = pipeline.stages.filter((s) => s.kind === 'open');
    const won = pipeline.stages.find((s) => s.kind === 'won') as PlannedStage;
    const lost = pipeline.stages.find((s) => s.kind === 'lost') as PlannedStage;
    const wins = this.random.chance(winProbability);
    // Losses happen early more often than late.
    const exit = wins ? open.length : this.random.weighted(open.map((_, i) => [i + 1, open.length - i] as const));
    const path: PlannedStage[] = open.slice(0, exit).filter((_, i) => i === 0 || !this.random.chance(0.1));
    path.push(wins ? won : lost);
    const moves: Move[] = [{ stage: path[0] as PlannedStage, at: createdAt }];
    let at = createdAt;
    const median = dealShape[this.profile.repType].stageDays;
    for (const stage of path.slice(1)) {
      const days = Math.max(1, Math.round(this.random.logNormal(median, 0.7)));
      at = this.workingInstant(this.context.calendar.dayOf(at) + days);
      moves.push({ stage, at });
    }
    return moves;
  }

  /** Opens a deal on `day` at an account; returns it (already in the world and, while open, active). */
  open(
    account: PlannedAccount,
    day: number,
    options: { sourceLeadId?: string; createdAt?: number; contactId?: string; renewalOf?: ActiveDeal } = {},
  ): ActiveDeal {
    const { calendar } = this.context;
    const renewal = options.renewalOf;
    const pipeline = renewal ? this.renewalPipeline : this.newBusiness;
    const now = calendar.now.getTime();
    // Nothing is created after now: today's deals fall before it.
    const asked = options.createdAt ?? this.workingInstant(day);
    const createdAt = asked <= now ? asked : now - this.random.int(1, 90) * 60_000;
    const id = this.random.uuid();
    const lines = renewal ? renewal.lines.filter((l) => l.key === 'service') : this.pickLines();
    const shape = dealShape[this.profile.repType];
    // Bigger accounts buy more often (they are picked by weight) and buy more each time, so the
    // key accounts, a fifth of the book, make about 80 % of the revenue.
    const accountSize = (account.weight / 1.8) ** 0.3;
    const target = this.random.logNormal(shape.medianCents * this.profile.dealSize * accountSize, 0.85);
    const amountCents = this.addLineItems(id, lines, target, Boolean(renewal));
    const month = calendar.day(day).month;
    const season = 0.85 + 0.15 * (seasonality[month - 1] ?? 1);
    const base = renewal ? 0.8 : options.sourceLeadId ? 0.34 : 0.3;
    const winProbability = Math.min(0.85, base * this.profile.skill * season * (0.5 + 0.5 * formOn(this.profile, day)));
    const moves = this.planMoves(pipeline, createdAt, renewal ? Math.min(0.95, winProbability) : winProbability);
    const done = moves.filter((m) => m.at <= now);
    const last = done.at(-1) as Move;
    const planned = moves.at(-1) as Move;
    const closed = last.stage.kind !== 'open';
    const lostReason = last.stage.kind === 'lost' ? this.random.weighted(lostReasons) : null;
    const competitor =
      lostReason === 'Went with a competitor' || this.random.chance(0.15) ? this.random.pick(competitors) : null;
    // An open deal past its expected date usually gets a new one; some stay overdue.
    let expected = calendar.dayOf(planned.at) + this.random.int(-3, 5);
    if (!closed && expected < calendar.today.n && this.random.chance(0.7))
      expected = calendar.today.n + this.random.int(3, 40);
    const contactIds = account.contacts.length ? [options.contactId ?? this.random.pick(account.contacts).id] : [];
    if (account.contacts.length > 1 && this.random.chance(0.35)) {
      const other = this.random.pick(account.contacts).id;
      if (!contactIds.includes(other)) contactIds.push(other);
    }
    const row: DealRow = {
      id,
      ownerId: this.profile.id,
      name: renewal
        ? `${account.row.name}: ${lines.map((l) => l.name).join(' + ')} renewal ${calendar.day(day).year}`
        : `${account.row.name}: ${lines.map((l) => l.name).join(' + ')}`,
      accountId: account.row.id,
      pipelineId: pipeline.id,
      stageId: last.stage.id,
      amount: centsText(amountCents),
      currency: this.context.currency,
      expectedCloseDate: calendar.day(expected).date,
      closedOn: closed ? calendar.day(calendar.dayOf(last.at)).date : null,
      stageEnteredAt: new Date(last.at),
      lostReason,
      competitor,
      sourceLeadId: options.sourceLeadId ?? null,
      custom: {},
      externalId: null,
      archivedAt: null,
      createdAt: new Date(createdAt),
      updatedAt: new Date(last.at),
    };
    this.world.deals.push(row);
    this.recordHistory(row, done, amountCents);
    for (const [i, contactId] of contactIds.entries()) {
      this.world.dealContacts.push({
        dealId: id,
        contactId,
        role: i === 0 ? 'Decision maker' : this.random.pick(dealContactRoles),
      });
    }
    this.addSplits(row);
    const deal: ActiveDeal = {
      row,
      account,
      contactIds,
      fromDay: day,
      toDay: closed ? calendar.dayOf(last.at) : Number.POSITIVE_INFINITY,
      lines,
    };
    this.active.push(deal);
    this.allDeals.push(deal);
    // Service contracts come up for renewal a year after they were won.
    if (last.stage.kind === 'won' && lines.some((l) => l.key === 'service')) {
      this.renewals.push({ day: deal.toDay + this.random.int(320, 345), deal });
    }
    return deal;
  }

  /** The creation row, then one row per move, each with its time and author. */
  private recordHistory(row: DealRow, moves: Move[], amountCents: number) {
    let previous: PlannedStage | null = null;
    for (const move of moves) {
      // Now and then the manager moves a deal on the board during a pipeline review.
      const author = previous && this.random.chance(0.05) ? this.profile.managerId : this.profile.id;
      this.world.stageChanges.push({
        id: this.random.uuid(),
        dealId: row.id,
        fromStageId: previous?.id ?? null,
        toStageId: move.stage.id,
        changedAt: new Date(move.at),
        changedById: author,
        fromOwnerId: previous ? this.profile.id : null,
        toOwnerId: this.profile.id,
        handoff: false,
        amount: centsText(amountCents),
        currency: this.context.currency,
      });
      previous = move.stage;
    }
  }

  /** Some field and partner deals share credit with an inside rep who found or supported them. */
  private addSplits(row: DealRow) {
    if (this.profile.repType === 'inside' || this.context.insideRepIds.length === 0 || !this.random.chance(0.06))
      return;
    const partner = this.random.pick(this.context.insideRepIds);
    const ownerShare = this.random.pick([60, 70, 75, 80]);
    this.world.splits.push({ dealId: row.id, userId: this.profile.id, percent: String(ownerShare), role: null });
    this.world.splits.push({ dealId: row.id, userId: partner, percent: String(100 - ownerShare), role: null });
  }

  /** Renewal deals falling due on `day`. */
  openRenewalsDue(day: number) {
    for (let i = this.renewals.length - 1; i >= 0; i--) {
      const due = this.renewals[i] as { day: number; deal: ActiveDeal };
      if (due.day > day) continue;
      this.renewals.splice(i, 1);
      this.open(due.deal.account, day, { renewalOf: due.deal });
    }
  }

  /** A deal open on `day`, or null; closed ones leave the active list as days pass. */
  pickActive(day: number): ActiveDeal | null {
    for (let tries = 0; tries < 4 && this.active.length > 0; tries++) {
      const index = Math.floor(this.random.next() * this.active.length);
      const deal = this.active[index] as ActiveDeal;
      if (deal.toDay < day) {
        this.active[index] = this.active.at(-1) as ActiveDeal;
        this.active.pop();
        continue;
      }
      if (deal.fromDay <= day) return deal;
    }
    return null;
  }
}
