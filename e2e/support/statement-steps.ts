import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { JourneyApi } from './api';
import { screenshot } from './browser';
import { pickOption } from './forms';

/** A calendar quarter: its days, its name as the run page writes it, and today. */
export interface Quarter {
  start: string;
  end: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

const quarterStarting = (year: number, first: number): Quarter => {
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  return {
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(first + 2)}-${pad(last)}`,
    label: `Q${(first - 1) / 3 + 1} ${year}`,
  };
};

/** Today in the org's time zone, this calendar quarter and the one before (the demo's fiscal year starts in January). */
export const quartersOf = (timeZone: string) => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const current = quarterStarting(year, first);
  const previous = first === 1 ? quarterStarting(year - 1, 10) : quarterStarting(year, first - 3);
  return { today, current, previous };
};

/** A day `days` after `day`. */
export const dayAfter = (day: string, days: number): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

export interface PayWorld {
  repId: string;
  repName: string;
  currency: string;
  stages: { won: string; lost: string };
  /** The deal the rep questions, and the one cancelled after its period was approved. */
  questioned: { id: string; name: string };
  cancelled: { id: string; name: string };
}

/**
 * As the admin, through the API (the plan builder is tested in comp-plans): a plan paying the rep
 * a commission, a SPIFF per unit of one product, and clawing back cancellations within a year,
 * from the start of last quarter; and two deals the rep won last quarter.
 */
export const preparePayWorld = async (api: JourneyApi, tag: string, last: Quarter): Promise<PayWorld> => {
  const session = await api.get<{ org: { currency: string } }>('/session');
  const currency = session.org.currency;
  const members = await api.get<{ items: { userId: string; name: string; email: string }[] }>('/members?limit=200');
  const rep = members.items.find((member) => member.email === 'rep@summit.example');
  if (!rep) throw new Error('The demo has no rep@summit.example');
  const [pipeline] = (await api.get<{ items: { stages: { id: string; kind: string }[] }[] }>('/pipelines')).items;
  const stageOf = (kind: string) => pipeline?.stages.find((stage) => stage.kind === kind)?.id ?? '';
  const products = await api.get<{ items: { id: string; name: string }[] }>('/products?limit=50');
  const product = products.items[0];
  if (!product) throw new Error('The demo catalog has no products');

  const plan = await api.post<{ id: string }>('/comp-plans', {
    name: `Statement plan ${tag}`,
    currency,
    effectiveFrom: last.start,
    terms: {
      components: [
        { kind: 'commission', id: 'base', name: 'Base commission', ratePercent: '5' },
        {
          kind: 'spiff',
          id: 'launch',
          name: `${product.name} launch`,
          productId: product.id,
          per: 'unit',
          amount: '50',
          startsOn: last.start,
          endsOn: dayAfter(last.end, 120),
        },
        { kind: 'clawback', id: 'claw', name: 'Cancellations', windowDays: 365 },
      ],
    },
  });
  await api.post(`/comp-plans/${plan.id}/assignments`, { repId: rep.userId, startsOn: last.start });
  const won = async (name: string, closedOn: string, body: object) =>
    ({
      id: (
        await api.post<{ id: string }>('/deals', {
          name,
          ownerId: rep.userId,
          stageId: stageOf('won'),
          closedOn,
          ...body,
        })
      ).id,
      name,
    }) as const;
  const questioned = await won(`Harbor retrofit ${tag}`, dayAfter(last.start, 20), {
    lineItems: [{ productId: product.id, quantity: '2', unitPrice: '3000' }],
  });
  const cancelled = await won(`Lakeside order ${tag}`, dayAfter(last.end, -5), { amount: '4000' });
  return {
    repId: rep.userId,
    repName: rep.name,
    currency,
    stages: { won: stageOf('won'), lost: stageOf('lost') },
    questioned,
    cancelled,
  };
};

/** A one-day contest on this quarter's first day for the rep alone, with a cash prize; finished at once. */
export const awardContestPrize = async (api: JourneyApi, world: PayWorld, name: string, day: string) => {
  const contest = await api.post<{ id: string }>('/contests', {
    name,
    metric: 'calls',
    periodKind: 'custom',
    startsOn: day,
    endsOn: day,
    participants: 'reps',
    repIds: [world.repId],
    rule: 'threshold',
    threshold: '0',
    prizes: [{ kind: 'cash', amount: '150', currency: world.currency }],
  });
  // The upkeep may finish a contest that has ended by itself; either way the winner is recorded once.
  await api.post(`/contests/${contest.id}/finish`, {}).catch(() => undefined);
  return contest.id;
};

/**
 * As a manager on the run page: their teams are run when no team is picked. Waits for the result
 * and the recent runs to list it, with the team it was made for.
 */
export const runQuarterAsManager = async (page: Page, quarterLabel: string) => {
  await page.getByRole('link', { name: 'Run a period', exact: true }).click();
  await pickOption(page, 'Which', new RegExp(`^${quarterLabel} `));
  expect(await page.getByTestId('comp-run-team').inputValue()).toBe('');
  await page.getByTestId('comp-run-submit').click();
  await page.getByTestId('comp-run-rep').first().waitFor();
  const latest = page.getByTestId('comp-run-history-row').first();
  await expect.poll(() => latest.getByTestId('comp-run-history-teams').textContent()).not.toBe('Whole org');
  // Managers read the rates their runs convert with; setting them is the admin's.
  expect(await page.getByTestId('comp-exchange-rates').getByRole('button', { name: 'Set rate' }).count()).toBe(0);
};

const tmpShots = '/tmp';

/** A screenshot in e2e/screenshots (as every journey saves them) and a copy in /tmp to look at. */
export const shoot = async (page: Page, name: string, options: { screen?: boolean } = {}) => {
  await screenshot(page, name, options);
  const saved = fileURLToPath(new URL(`../screenshots/${name}.png`, import.meta.url));
  copyFileSync(saved, `${tmpShots}/${name}.png`);
};
