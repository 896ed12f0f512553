import type { EstimateStatus } from '@pacer/core';
import type { PlanContext, RepProfile, RepWorld } from './crm-world';
import type { Random } from './demo-random';
import type { PlannedAccount } from './plan-accounts';
import type { ActiveDeal } from './plan-deals';
import { centsText } from './plan-money';
import { formOn, worksOn } from './plan-rep';

const dayMs = 86_400_000;

/**
 * Estimates: reps are expected to send some every month for each product line. Most months they
 * do (fewer in a slump), some months a line is missed. Older estimates were accepted or rejected.
 */
export const planEstimates = (
  random: Random,
  context: PlanContext,
  profile: RepProfile,
  world: RepWorld,
  pickAccount: (day: number) => PlannedAccount,
  deals: readonly ActiveDeal[],
) => {
  const { calendar } = context;
  const now = calendar.now.getTime();
  const today = calendar.today.n;
  // Deals by account, to link an estimate to the deal it priced.
  const dealsByAccount = new Map<string, ActiveDeal[]>();
  for (const deal of deals) {
    const list = dealsByAccount.get(deal.account.row.id);
    if (list) list.push(deal);
    else dealsByAccount.set(deal.account.row.id, [deal]);
  }
  let sequence = 0;
  const initials = profile.name
    .split(' ')
    .map((part) => part[0])
    .join('')
    .replace(/[^A-Z]/g, '');
  for (let month = 0; ; month++) {
    const firstDay = calendar.first;
    const start = new Date(Date.UTC(firstDay.year, firstDay.month - 1 + month, 1));
    const startN = Math.floor(start.getTime() / dayMs);
    if (startN > today) break;
    const endN = Math.min(today, Math.floor(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) / dayMs) - 1);
    const workDays: number[] = [];
    for (let n = Math.max(startN, calendar.first.n); n <= endN; n++)
      if (worksOn(profile, calendar, n)) workDays.push(n);
    if (workDays.length === 0) continue;
    for (const line of context.catalog.lines) {
      const form = formOn(profile, workDays[0] as number);
      if (!random.chance(0.88 * (0.5 + 0.5 * form))) continue;
      const count = 1 + random.poisson(0.5 * context.volume * profile.drive);
      for (let i = 0; i < count; i++) {
        const day = random.pick(workDays);
        const at = Math.min(now - 60_000, calendar.at(day, random.int(9 * 60, 17 * 60)));
        const account = pickAccount(day);
        const linked = (dealsByAccount.get(account.row.id) ?? []).find(
          (d) => d.lines.includes(line) && d.fromDay <= day && d.toDay >= day,
        );
        const age = today - day;
        const status: EstimateStatus =
          age > 45
            ? random.weighted([
                ['accepted', 35],
                ['rejected', 40],
                ['sent', 25],
              ] as const)
            : random.weighted([
                ['sent', 60],
                ['draft', 20],
                ['accepted', 10],
                ['rejected', 10],
              ] as const);
        const amount = Math.max(5000, Math.round(random.logNormal(line.key === 'service' ? 600_000 : 180_000, 0.8)));
        sequence++;
        world.estimates.push({
          id: random.uuid(),
          ownerId: profile.id,
          number: `Q-${calendar.day(day).date.slice(2, 7).replace('-', '')}-${initials}-${String(sequence).padStart(4, '0')}`,
          accountId: account.row.id,
          dealId: linked && random.chance(0.7) ? linked.row.id : null,
          productLineId: line.id,
          amount: centsText(amount),
          currency: context.currency,
          status,
          estimateDate: calendar.day(day).date,
          sentAt: status === 'draft' ? null : new Date(at),
          notes: null,
          externalId: null,
          archivedAt: null,
          createdAt: new Date(at - random.int(10, 120) * 60_000),
          updatedAt: new Date(at),
        });
      }
    }
  }
};
