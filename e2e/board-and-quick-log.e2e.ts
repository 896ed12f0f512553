import { describe, expect, it } from 'vitest';
import { apiOf, createPipeline, type Stage } from './support/api';
import { boardColumn, dealCard, dragCard } from './support/board';
import { horizontalOverflow, screenshot, viewportShot } from './support/browser';
import { closePage, useJourneyServer } from './support/pacer';

/** A calendar day some days from today, as the API takes it. */
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface Deal {
  id: string;
  name: string;
  stageId: string;
  stageKind: string;
  lostReason: string | null;
  competitor: string | null;
  closedOn: string | null;
}

describe('pipeline board, quick-log and search', () => {
  const journey = useJourneyServer();

  it('drags deals through a pipeline, logs a call by keyboard and finds records with Ctrl+K', async () => {
    const desk = await journey.openSignedIn('admin@summit.example');
    const { page } = desk;
    const api = await apiOf(page);

    // Records of our own, on a pipeline of our own: the demo data does not matter.
    const pipeline = await createPipeline(api, 'Field sales', [
      ['Prospect', 10],
      ['Qualified', 30],
      ['Proposal', 60],
    ]);
    const [prospect, qualified, proposal, won] = pipeline.stages as [Stage, Stage, Stage, Stage, Stage];
    const reps = await api.get<{ items: { userId: string; name: string }[] }>(
      '/members?role=rep&status=active&limit=2',
    );
    const [repA, repB] = reps.items.map((rep) => rep.userId);
    const repAName = reps.items[0]?.name as string;
    const accounts = new Map<string, string>();
    const newDeal = async (
      accountName: string,
      name: string,
      stage: Stage,
      amount: string,
      expectedCloseDate: string | null,
      ownerId?: string,
    ) => {
      if (!accounts.has(accountName)) {
        accounts.set(accountName, (await api.post<{ id: string }>('/accounts', { name: accountName })).id);
      }
      return api.post<Deal>('/deals', {
        name,
        accountId: accounts.get(accountName),
        pipelineId: pipeline.id,
        stageId: stage.id,
        amount,
        currency: 'USD',
        expectedCloseDate,
        ...(ownerId ? { ownerId } : {}),
      });
    };
    const tents = await newDeal('Quokka Outdoor', 'Quokka spring tents', prospect, '12500.50', inDays(-12), repA);
    const kayaks = await newDeal('Quokka Outdoor', 'Kayak rental fleet', prospect, '7300', inDays(45));
    const lamps = await newDeal('Quokka Outdoor', 'LED camp lamps', prospect, '980.25', null, repB);
    await newDeal('Alpine Huts', 'Lodge furniture', qualified, '45000', inDays(20), repA);
    await newDeal('Brightwater Marine', 'Dock lighting', qualified, '8750', inDays(60), repB);
    await newDeal('Cedar & Stone', 'Showroom refit', proposal, '23400', inDays(-3), repA);
    await newDeal('Dunmore Cycles', 'Fleet service contract', proposal, '3200', null);
    const quokka = accounts.get('Quokka Outdoor') as string;

    // The board: three deals in Prospect, their exact sum in its header, the overdue date in red.
    await page.getByRole('link', { name: 'Pipeline board' }).click();
    await page.waitForURL((url) => url.pathname === '/deals/board');
    await page.getByTestId('pipeline-picker').click();
    await page.getByRole('option', { name: 'Field sales' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pipelineId')).toBe(pipeline.id);
    await expect.poll(() => boardColumn(page, prospect.id).getByTestId('column-count').textContent()).toBe('3');
    expect(await boardColumn(page, prospect.id).getByTestId('column-amount').textContent()).toBe('US$20,780.75');
    expect(await boardColumn(page, qualified.id).getByTestId('column-amount').textContent()).toBe('US$53,750');
    expect(await dealCard(page, tents.id).locator('[data-overdue]').count()).toBe(1);
    expect(await dealCard(page, kayaks.id).locator('[data-overdue]').count()).toBe(0);
    await screenshot(page, 'board-desktop');

    // Managers and admins narrow the board to one owner; the sums follow.
    await page.getByRole('combobox', { name: 'Owner' }).fill(repAName);
    await page.getByRole('option', { name: repAName }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ownerId')).toBe(repA);
    await expect
      .poll(() => boardColumn(page, qualified.id).getByTestId('column-amount').textContent())
      .toBe('US$45,000');
    expect(await boardColumn(page, prospect.id).getByTestId('column-count').textContent()).toBe('1');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => boardColumn(page, prospect.id).getByTestId('column-count').textContent()).toBe('3');

    // Drag the tents to Qualified: the columns' counts and sums follow, and so does the server.
    await dragCard(page, dealCard(page, tents.id), boardColumn(page, qualified.id));
    await expect.poll(() => boardColumn(page, qualified.id).getByTestId('column-count').textContent()).toBe('3');
    await expect.poll(async () => (await api.get<Deal>(`/deals/${tents.id}`)).stageId).toBe(qualified.id);
    await expect
      .poll(() => boardColumn(page, prospect.id).getByTestId('column-amount').textContent())
      .toBe('US$8,280.25');
    expect(await boardColumn(page, qualified.id).getByTestId('column-amount').textContent()).toBe('US$66,250.50');

    // The keyboard moves a card too: Space picks it up, the right arrow goes one stage on, Space drops.
    await dealCard(page, lamps.id).focus();
    await page.keyboard.press('Space');
    await page.getByTestId('deal-card-overlay').waitFor();
    // dnd-kit listens for the arrow keys from the next tick after the pick-up.
    await page.waitForTimeout(50);
    await page.keyboard.press('ArrowRight');
    await boardColumn(page, qualified.id).and(page.locator('[data-target]')).waitFor();
    await page.keyboard.press('ArrowRight');
    await boardColumn(page, proposal.id).and(page.locator('[data-target]')).waitFor();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await api.get<Deal>(`/deals/${lamps.id}`)).stageId).toBe(proposal.id);
    await expect
      .poll(() => boardColumn(page, proposal.id).getByTestId('column-amount').textContent())
      .toBe('US$27,580.25');

    // When the server refuses a move, the card goes back where it was and the reason is shown.
    await page.route('**/api/v1/deals/*/stage', (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'RECORD_LOCKED', message: 'This deal is locked' } }),
      }),
    );
    await dragCard(page, dealCard(page, kayaks.id), boardColumn(page, proposal.id));
    await page.getByText('Kayak rental fleet could not be moved').waitFor();
    await boardColumn(page, prospect.id).locator(`[data-deal-id="${kayaks.id}"]`).waitFor();
    expect(await boardColumn(page, prospect.id).getByTestId('column-amount').textContent()).toBe('US$7,300');
    await page.unroute('**/api/v1/deals/*/stage');

    // Dropping on Lost asks for the reason and the competitor first.
    await dragCard(page, dealCard(page, kayaks.id), page.getByTestId('drop-lost'), 'board-drag-to-lost');
    const lostDialog = page.getByRole('dialog', { name: 'Mark “Kayak rental fleet” as lost' });
    await lostDialog.getByLabel(/^Lost reason/).fill('Price too high');
    await lostDialog.getByLabel(/^Competitor/).fill('Wombat Gear');
    await screenshot(page, 'board-lost-reason');
    await lostDialog.getByRole('button', { name: 'Mark as lost' }).click();
    await lostDialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await api.get<Deal>(`/deals/${kayaks.id}`)).stageKind).toBe('lost');
    const kayaksLost = await api.get<Deal>(`/deals/${kayaks.id}`);
    expect([kayaksLost.lostReason, kayaksLost.competitor]).toEqual(['Price too high', 'Wombat Gear']);
    await expect.poll(() => boardColumn(page, prospect.id).getByTestId('column-count').textContent()).toBe('0');

    // Dropping on Won confirms the close date, today by default.
    await dragCard(page, dealCard(page, tents.id), page.getByTestId('drop-won'));
    const wonDialog = page.getByRole('dialog', { name: 'Close “Quokka spring tents” as won' });
    await wonDialog.getByLabel(/^Close date/).fill('2026-03-02');
    await wonDialog.getByRole('button', { name: 'Mark as won' }).click();
    await wonDialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await api.get<Deal>(`/deals/${tents.id}`)).stageId).toBe(won.id);
    expect((await api.get<Deal>(`/deals/${tents.id}`)).closedOn).toBe('2026-03-02');
    await expect.poll(() => dealCard(page, tents.id).count()).toBe(0);

    // Quick-log from the deal's page: L then C, type the report, Enter. The deal is already picked.
    await page.goto(`/deals/${lamps.id}`);
    await page.getByRole('heading', { name: 'LED camp lamps' }).first().waitFor();
    await page.keyboard.press('l');
    await page.keyboard.press('c');
    const logDialog = page.getByRole('dialog', { name: 'Log a call' });
    await expect.poll(() => logDialog.getByTestId('quick-log-about').inputValue()).toBe('LED camp lamps');
    await page.keyboard.type('Spoke with the buyer; wants a demo of the LED range next week.');
    await screenshot(page, 'quicklog-call');
    await page.keyboard.press('Enter');
    await logDialog.waitFor({ state: 'hidden' });
    const logged = await api.get<{ items: { notes: string | null; type: string; outcome: string | null }[] }>(
      `/activities?dealId=${lamps.id}`,
    );
    expect(logged.items.map(({ notes, type, outcome }) => ({ notes, type, outcome }))).toEqual([
      { notes: 'Spoke with the buyer; wants a demo of the LED range next week.', type: 'call', outcome: 'connected' },
    ]);

    // Anywhere else the quick-log searches the record: pick Visit, find the account, Enter picks it.
    await page.goto('/');
    await page.getByTestId('quick-log-button').click();
    await page.getByRole('dialog', { name: 'Log a call' }).waitFor();
    const visitForm = page.getByTestId('quick-log-form');
    await visitForm.locator('label').filter({ hasText: 'Visit' }).click();
    await page.getByRole('dialog', { name: 'Log a visit' }).waitFor();
    await visitForm.getByTestId('quick-log-about').fill('alpine huts');
    await page.getByRole('option', { name: /Alpine Huts/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => visitForm.getByTestId('quick-log-about').inputValue()).toBe('Alpine Huts');
    await page.keyboard.type('Walked the lodge with the owner; wants oak for the dining room.');
    await viewportShot(page, 'quicklog-visit');
    await page.keyboard.press('Enter');
    await visitForm.waitFor({ state: 'hidden' });
    const alpine = accounts.get('Alpine Huts') as string;
    const visits = await api.get<{ items: { type: string }[] }>(`/activities?accountId=${alpine}&type=visit`);
    expect(visits.items).toHaveLength(1);

    // The shortcuts are listed behind `?`.
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await viewportShot(page, 'quicklog-shortcuts');
    await page.keyboard.press('Escape');

    // Ctrl+K: hits grouped by type; the arrow keys walk them and Enter opens one.
    await page.keyboard.press('Control+k');
    await page.getByPlaceholder('Search accounts, contacts, leads and deals…').fill('quokka');
    await expect.poll(() => page.getByTestId('search-hit').count()).toBeGreaterThan(1);
    const types = await page.getByTestId('search-hit').evaluateAll((hits) => hits.map((hit) => hit.dataset.type));
    expect(new Set(types)).toEqual(new Set(['accounts', 'deals']));
    await viewportShot(page, 'search-spotlight');
    const accountIndex = types.indexOf('accounts');
    for (let step = 0; step < accountIndex; step += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/accounts/${quokka}`);

    // A deal found by a word of its name opens the deal, even when Ctrl+K comes at once.
    await page.keyboard.press('Control+k');
    await page.getByPlaceholder('Search accounts, contacts, leads and deals…').fill('showroom');
    await page.getByTestId('search-hit').filter({ hasText: 'Showroom refit' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/deals/'));
    await page.getByRole('heading', { name: 'Showroom refit' }).first().waitFor();

    // German, on a phone: one stage at a time, cards move by menu, nothing wider than the screen.
    const phone = await journey.openSignedIn('admin@summit.example', { phone: true });
    await (await apiOf(phone.page)).patch('/me', { locale: 'de' });
    await phone.page.goto(`/deals/board?pipelineId=${pipeline.id}`);
    await phone.page.getByTestId('board-stage-view').waitFor();
    await phone.page.getByRole('tab', { name: /Proposal/ }).click();
    await dealCard(phone.page, lamps.id).waitFor();
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'board-phone-de');
    await phone.page.getByRole('button', { name: 'LED camp lamps in eine andere Phase verschieben' }).click();
    await phone.page.getByRole('menuitem', { name: 'Qualified' }).click();
    await expect.poll(async () => (await api.get<Deal>(`/deals/${lamps.id}`)).stageId).toBe(qualified.id);

    await phone.page.getByTestId('quick-log-button-phone').click();
    await phone.page.getByRole('dialog', { name: 'Anruf erfassen' }).waitFor();
    await screenshot(phone.page, 'quicklog-phone-de');
    await phone.page.keyboard.press('Escape');
    await phone.page.getByRole('dialog', { name: 'Anruf erfassen' }).waitFor({ state: 'hidden' });
    await phone.page.getByTestId('search-button-phone').click();
    await phone.page.getByPlaceholder('Firmen, Kontakte, Leads und Deals suchen…').fill('quokka');
    await expect.poll(() => phone.page.getByTestId('search-hit').count()).toBeGreaterThan(0);
    await screenshot(phone.page, 'search-phone-de');
    await closePage(phone);

    // The desktop board in German too.
    await page.goto(`/deals/board?pipelineId=${pipeline.id}`);
    await page.getByRole('heading', { name: 'Pipeline-Board · Field sales' }).waitFor();
    await screenshot(page, 'board-desktop-de');
    await closePage(desk);
  });
});
