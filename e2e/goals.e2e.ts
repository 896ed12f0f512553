import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiOf } from './support/api';
import { screenshot, viewportShot } from './support/browser';
import { pickOption } from './support/forms';
import { closePage, signIn, signOut, uniqueTag, useJourneyServer } from './support/pacer';

interface Goal {
  id: string;
  name: string;
  target: string;
  startsOn: string;
  endsOn: string;
  scopeId: string | null;
  pace: { actual: string; distance: string; status: string } | null;
  repeats?: boolean;
  linkedGoalId?: string | null;
  metric?: string;
  scopeKind?: string;
}

/** The new-goal dialog: open it, let `fill` set the fields, create, and wait for it to close. */
const newGoal = async (page: Page, fill: (dialog: Locator) => Promise<void>): Promise<void> => {
  await page.getByTestId('goal-new').click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await fill(dialog);
  await dialog.getByTestId('goal-form-submit').click();
  await dialog.waitFor({ state: 'hidden' });
};

/** Split the goal on its page: into teams, reps, quarters or months, evenly or by last year. */
const split = async (page: Page, into: string, method: string): Promise<void> => {
  await page.getByTestId('goal-split').click();
  const dialog = page.getByRole('dialog', { name: /^Split “/ });
  await dialog.getByText(into, { exact: true }).click();
  await dialog.getByText(method, { exact: true }).click();
  await dialog.getByRole('button', { name: 'Split', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
};

/** A goal row of the list by its name. */
const goalRow = (page: Page, name: string): Locator => page.getByTestId('goal-row').filter({ hasText: name });

/** As a sales leader would: set a company goal, split it, add a milestone and a quota; a rep works; the chart moves. */
describe('goals, pace and the wall chart', () => {
  const journey = useJourneyServer();
  const tag = uniqueTag();
  const b2b = `B2B revenue +30 % ${tag}`;

  it('sets “+30 % B2B revenue this year” for the org, split among teams and reps by last year and by season', async () => {
    const desk = await journey.openSignedIn('vp@summit.example');
    const { page } = desk;
    await page.getByRole('link', { name: 'Goals' }).click();
    await newGoal(page, async (dialog) => {
      await dialog.getByLabel(/^Name/).fill(b2b);
      await pickOption(dialog, /^Metric/, 'Won revenue', { exact: true });
      await pickOption(dialog, /^Period/, 'Year', { exact: true });
      await dialog.getByText('Relative to a baseline', { exact: true }).click();
      await pickOption(dialog, /^Baseline period/, 'Same period last year', { exact: true });
      await dialog.getByLabel(/^Uplift/).fill('30');
    });
    await goalRow(page, b2b).getByTestId('goal-link').click();
    await page.getByTestId('goal-page').waitFor();
    const api = await apiOf(page);
    const goalId = page.url().split('/').at(-1) as string;
    const created = await api.get<Goal & { baselineValue: string }>(`/goals/${goalId}`);
    // The target is last year's revenue plus 30 %, to the cent.
    expect(Number(created.target)).toBeCloseTo(Number(created.baselineValue) * 1.3, 1);

    await split(page, 'Teams', 'By last year');
    await split(page, 'Quarters', 'By last year');
    await expect.poll(() => page.getByTestId('goal-split-people').getByTestId('goal-child').count()).toBe(4);
    await expect.poll(() => page.getByTestId('goal-split-periods').getByTestId('goal-child').count()).toBe(4);
    for (const gap of await page.getByTestId('goal-children-gap').allTextContents()) expect(gap).toMatch(/\$0\.00$/);
    await page.getByTestId('goal-burnup').locator('svg').first().waitFor();
    await screenshot(page, 'goal-page');

    // Inside Sales' share, split among its reps by theirs.
    await page
      .getByTestId('goal-split-people')
      .getByRole('link', { name: /Inside Sales$/ })
      .click();
    await page.getByRole('heading', { name: `${b2b} · Inside Sales` }).waitFor();
    await split(page, 'Reps', 'By last year');
    await expect.poll(() => page.getByTestId('goal-child').count()).toBeGreaterThanOrEqual(5);
    await closePage(desk);
  });

  it('adds the “present to 8 of 10 prospects” milestone and a 40-calls-a-week quota; the rep’s work moves both', async () => {
    const desk = await journey.openSignedIn('vp@summit.example');
    const { page } = desk;
    const api = await apiOf(page);
    const rep = await api.get<{ items: { userId: string; name: string; email: string }[] }>('/members?limit=200');
    const { userId: repId, name: repName } = rep.items.find((m) => m.email === 'rep@summit.example') as {
      userId: string;
      name: string;
    };
    // Ten top prospects in the rep's territory, picked by name.
    const prospects = (
      await api.get<{ items: { id: string; name: string }[] }>(`/accounts?ownerId=${repId}&limit=10&sort=name`)
    ).items;
    expect(prospects).toHaveLength(10);

    await page.goto('/goals');
    const milestone = `Present to 8 of 10 top prospects ${tag}`;
    await newGoal(page, async (dialog) => {
      await dialog.getByLabel(/^Name/).fill(milestone);
      await dialog.getByText('Milestone', { exact: true }).click();
      await pickOption(dialog, /^Scope/, 'Account set', { exact: true });
      await pickOption(dialog, /^Metric/, 'Presentations held', { exact: true });
      for (const account of prospects)
        await pickOption(dialog, /^Accounts/, account.name, { search: account.name, exact: true });
      await dialog.getByTestId('goal-checklist').click();
      await pickOption(dialog, /^Period/, 'Custom', { exact: true });
      await dialog.getByLabel(/^Deadline/).fill(`${Number(new Date().toISOString().slice(0, 4)) + 1}-06-30`);
      await dialog.getByLabel(/^Target( \*)?$/).fill('8');
      await dialog.getByLabel(/^Reward$/).fill('Team dinner');
    });
    const quota = `40 calls a week ${tag}`;
    await newGoal(page, async (dialog) => {
      await dialog.getByLabel(/^Name/).fill(quota);
      await dialog.getByText('Quota', { exact: true }).click();
      await pickOption(dialog, /^Metric/, 'Calls', { exact: true });
      await pickOption(dialog, /^Scope/, 'Rep', { exact: true });
      await pickOption(dialog, /^Rep/, repName, { search: repName.split(' ')[0] });
      await pickOption(dialog, /^Period/, 'Week', { exact: true });
      await dialog.getByLabel(/^Target( \*)?$/).fill('40');
      await dialog.getByTestId('goal-repeats').check();
    });
    // The milestone is due next June: beyond this year's list, in all goals.
    await page.getByTestId('goal-period').getByText('All', { exact: true }).click();
    await goalRow(page, quota).waitFor();
    await goalRow(page, milestone).waitFor();
    const goals = (await api.get<{ items: Goal[] }>('/goals?limit=500')).items;
    const callsGoal = goals.find((g) => g.name === quota) as Goal;
    const milestoneGoal = goals.find((g) => g.name === milestone) as Goal;
    expect(milestoneGoal.target).toBe('8');
    expect(callsGoal.repeats).toBe(true);

    // The wall chart before the rep's work.
    await page.getByRole('link', { name: 'Wall chart' }).click();
    const cell = page.locator(`[data-testid="wall-chart-cell"][data-goal-id="${callsGoal.id}"]`);
    const before = (await cell.textContent()) ?? '';
    await signOut(page);

    // The rep logs two calls and a presentation at one of the prospects, and sees their pace move.
    await signIn(page, 'rep@summit.example');
    await page.getByRole('link', { name: 'Goals' }).click();
    const myQuota = goalRow(page, quota);
    const distanceBefore = Number((await myQuota.getByTestId('goal-distance').textContent())?.replace(/\D/g, ''));
    const repApi = await apiOf(page);
    const [account] = (await repApi.get<{ items: { name: string }[] }>('/accounts?limit=1&sort=name')).items;
    for (const report of ['Called about the spring order.', 'Followed up on the quote.']) {
      await page.getByTestId('quick-log-button').click();
      const dialog = page.getByRole('dialog', { name: 'Log a call' });
      await dialog.getByTestId('quick-log-about').fill(account?.name ?? '');
      await page.getByRole('option', { name: account?.name }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.keyboard.type(report);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden' });
    }
    await expect
      .poll(async () => Number((await myQuota.getByTestId('goal-distance').textContent())?.replace(/\D/g, '')))
      .toBe(distanceBefore - 2);
    await viewportShot(page, 'goals-my-pace');
    await repApi.post('/activities', {
      type: 'presentation',
      accountId: prospects[0]?.id,
      completedAt: new Date().toISOString(),
      notes: 'Presented the range to the buyer.',
    });
    await signOut(page);

    // The VP sees the chart and the milestone move.
    await signIn(page, 'vp@summit.example');
    await page.goto('/wall-chart');
    await expect.poll(async () => (await cell.textContent()) ?? '').not.toBe(before);
    await screenshot(page, 'wall-chart');
    const vpApi = await apiOf(page);
    expect((await vpApi.get<Goal>(`/goals/${milestoneGoal.id}`)).pace?.actual).toBe('1');
    // Drill down: the cell opens the rep's quota, with the calls behind the number.
    await cell.getByRole('link').click();
    await page.getByTestId('goal-page').waitFor();
    const facts = page.getByTestId('goal-facts');
    await facts.getByTestId('goal-fact').first().waitFor();
    // Every call counted is listed: as many as the quota's actual.
    const actual = (await vpApi.get<Goal>(`/goals/${callsGoal.id}`)).pace?.actual;
    expect(await facts.getByTestId('goal-facts-count').textContent()).toMatch(new RegExp(`of ${actual}$`));
    expect((await facts.getByTestId('goal-fact').allTextContents()).every((row) => row.includes(repName))).toBe(true);
    await page.goto('/wall-chart');
    await page.getByTestId('wall-chart-tv').click();
    const tv = page.getByTestId('wall-chart-tv-screen');
    await tv.waitFor();
    await viewportShot(page, 'wall-chart-tv');
    // Taller than the screen, the TV turns its own page.
    const grid = tv.locator('[data-wall-scroll]');
    await expect.poll(async () => grid.evaluate((box) => box.scrollTop), { timeout: 20_000 }).toBeGreaterThan(0);
    await closePage(desk);
  });

  it('shows the deals behind a team’s revenue and sets the estimates rule on its quota', async () => {
    const desk = await journey.openSignedIn('vp@summit.example');
    const { page } = desk;
    const api = await apiOf(page);
    const today = new Date().toISOString().slice(0, 10);
    const quotas = (await api.get<{ items: Goal[] }>(`/goals?limit=500&metric=won_revenue&on=${today}&scopeKind=team`))
      .items;
    const quota = quotas.find((g) => g.name.endsWith(' revenue') && !g.name.startsWith('B2B')) as Goal;
    await page.goto(`/goals/${quota.id}`);
    // The deals behind the number, then only one rep's, picked from the contributions.
    const facts = page.getByTestId('goal-facts');
    await facts.getByTestId('goal-fact').first().waitFor();
    const rep = page.getByTestId('goal-contributions-by-rep').getByRole('button').first();
    const repName = (await rep.textContent()) ?? '';
    await rep.click();
    await expect
      .poll(async () => (await facts.getByTestId('goal-fact').allTextContents()).every((row) => row.includes(repName)))
      .toBe(true);
    // The section's title just under the top bar.
    await facts.evaluate((card) => window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 76));
    await viewportShot(page, 'goal-facts');
    // Estimates sent each month ≥ 3 × that month's quota, for the team and each rep's part.
    await page.getByTestId('goal-estimates-rule').click();
    const dialog = page.getByRole('dialog', { name: /^Estimates rule for “/ });
    await dialog.getByTestId('goal-estimates-factor').fill('3');
    await viewportShot(page, 'goal-estimates-rule');
    await dialog.getByRole('button', { name: 'Set the rule', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const estimates = (await api.get<{ items: Goal[] }>('/goals?limit=500&metric=estimates_sent_value')).items.filter(
      (g) => g.linkedGoalId,
    );
    expect(estimates.length).toBeGreaterThanOrEqual(3);
    const teamMonth = estimates.find((g) => g.scopeKind === 'team' && g.startsOn <= today && today <= g.endsOn) as Goal;
    await page.goto(`/goals/${teamMonth.id}`);
    await page.getByTestId('goal-linked').waitFor();
    await expect.poll(async () => page.getByTestId('goal-child').count()).toBeGreaterThan(1);
    await closePage(desk);
  });

  it('rolls the quarter forward into the next one, with targets proposed from the result', async () => {
    const desk = await journey.openSignedIn('vp@summit.example');
    const { page } = desk;
    const api = await apiOf(page);
    const parts = (await api.get<{ items: Goal[] }>(`/goals?limit=500&metric=won_revenue`)).items.filter((g) =>
      g.name.startsWith(`${b2b} · Q`),
    );
    const today = new Date().toISOString().slice(0, 10);
    const current = parts.find((g) => g.startsOn <= today && today <= g.endsOn) as Goal;
    await page.goto(`/goals/${current.id}`);
    await page.getByTestId('goal-roll-forward').click();
    const dialog = page.getByRole('dialog', { name: /^Roll “/ });
    await dialog.getByTestId('goal-roll-forward-form').waitFor();
    await screenshot(page, 'goal-roll-forward');
    await dialog.getByRole('button', { name: 'Roll forward', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/goals/') && !url.pathname.endsWith(current.id));
    const next = await api.get<Goal & { rolledFromId: string }>(`/goals/${page.url().split('/').at(-1)}`);
    expect(next.rolledFromId).toBe(current.id);
    expect(next.startsOn > current.endsOn).toBe(true);
    await closePage(desk);
  });
});
