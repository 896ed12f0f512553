import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiOf, type JourneyApi } from './support/api';
import { horizontalOverflow, screenshot, viewportShot } from './support/browser';
import { pickOption } from './support/forms';
import { closePage, navigationLabels, uniqueTag, useJourneyServer } from './support/pacer';

interface Credit {
  value: { amount: string; currency: string };
}
interface Basis {
  on: string;
  input: { period: { start: string; end: string }; credits: Credit[] };
}

/** Today in the demo org's time zone, and its calendar quarter (the demo's fiscal year starts in January). */
const quarterOf = (timeZone: string) => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const next = first === 10 ? `${year + 1}-01-01` : `${year}-${pad(first + 3)}-01`;
  return { today, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(last)}`, next };
};

/** The builder card of the component of a kind (the last one, when there are several). */
const componentCard = (page: Page, kind: string): Locator =>
  page.locator(`[data-testid="comp-builder-component"][data-kind="${kind}"]`).last();

const addComponent = async (page: Page, kind: string): Promise<Locator> => {
  await page.getByTestId('comp-add-component').click();
  await page.getByRole('menuitem', { name: kind, exact: true }).click();
  const kinds: Record<string, string> = { 'Product-line rates': 'product_line', SPIFF: 'spiff' };
  return componentCard(page, kinds[kind] ?? kind);
};

const sumOf = (credits: Credit[]) => credits.reduce((sum, credit) => sum + Number(credit.value.amount), 0);

/** Admin builds, assigns and runs a plan; the rep reads it, acknowledges it and asks what an open deal would pay. */
describe('comp plans: build, assign, acknowledge, what-if and run', () => {
  const journey = useJourneyServer();
  const tag = uniqueTag();
  const planName = `Inside AE plan ${tag}`;
  const dealName = `What-if deal ${tag}`;
  const quarter = quarterOf('America/New_York');
  let repId = '';
  let repName = '';
  let afterTotal = '';

  it('builds a tiered plan with an accelerator, a bonus for the pushed line and a SPIFF, and assigns it', async () => {
    const desk = await journey.openSignedIn('admin@summit.example');
    const { page } = desk;
    const api = await apiOf(page);
    const members = await api.get<{ items: { userId: string; name: string; email: string }[] }>('/members?limit=200');
    const rep = members.items.find((member) => member.email === 'rep@summit.example');
    repId = rep?.userId ?? '';
    repName = rep?.name ?? '';
    const { product, line } = await pushedProduct(api);

    await page.getByRole('link', { name: 'Comp plans' }).click();
    await page.getByTestId('comp-plan-new').click();
    await page.getByLabel(/^Name/).first().fill(planName);
    await page.getByLabel(/^Applies from/).fill(quarter.start);
    await page.getByLabel(/^Note/).fill('Accelerator above quota, pushed lines at 1.5×');
    const commission = componentCard(page, 'commission');
    await commission.getByLabel(/^Name/).fill('Base commission');
    await commission.getByText('Tiered by attainment', { exact: true }).click();
    await commission.getByLabel('Tier 1 from attainment (%)').fill('0');
    // Saving with a blank rate shows the contract's error on that field.
    await page.getByTestId('comp-plan-save').click();
    await expect.poll(() => commission.getByText('Enter a plain number like 1234.50').count()).toBeGreaterThan(0);
    await commission.getByLabel('Tier 1 rate (%)').fill('5');
    await commission.getByTestId('comp-add-tier').click();
    await commission.getByLabel('Tier 2 from attainment (%)').fill('100');
    await commission.getByLabel('Tier 2 rate (%)').fill('10');

    const lines = await addComponent(page, 'Product-line rates');
    await lines.getByRole('textbox', { name: 'Multiplier' }).fill('1.5');
    const spiff = await addComponent(page, 'SPIFF');
    await spiff.getByLabel(/^Name/).fill(`${line} launch`);
    await pickOption(spiff, /^Product/, product.name, { search: product.name });
    await spiff.getByLabel(/^Amount/).fill('100');
    await spiff.getByLabel(/^Window from/).fill(quarter.start);
    await spiff.getByLabel(/^Window to/).fill(quarter.end);
    await page.getByTestId('comp-plan-save').click();
    await page.getByTestId('comp-plan-page').waitFor();
    await expect.poll(() => page.getByTestId('comp-term').count()).toBe(3);
    expect(await page.getByTestId('comp-tier-table').textContent()).toContain('Accelerator');

    await page.getByTestId('comp-assign').click();
    const dialog = page.getByRole('dialog', { name: `Assign “${planName}”` });
    await pickOption(dialog, /^Rep/, repName, { search: repName.split(' ')[0] });
    await dialog.getByLabel(/^First day/).fill(quarter.start);
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('comp-assignment-row').filter({ hasText: repName }).waitFor();

    // Next quarter pays a higher accelerator: a new version from that day, starting from today's terms.
    await page.getByTestId('comp-plan-new-version').click();
    await page.getByLabel(/^Applies from/).fill(quarter.next);
    await page.getByLabel(/^Note/).fill('Accelerator up to 12 % next quarter');
    await expect.poll(() => page.getByLabel('Tier 2 rate (%)').inputValue()).toBe('10');
    await page.getByLabel('Tier 2 rate (%)').fill('12');
    await page.getByTestId('comp-plan-save').click();
    await expect.poll(() => page.getByTestId('comp-version-row').count()).toBe(2);
    expect(await page.getByTestId('comp-version-row').nth(1).textContent()).toContain('Upcoming');
    await screenshot(page, 'comp-plan');
    await closePage(desk);

    // Phone width: the builder with one component of every kind fits the screen.
    const phone = await journey.openSignedIn('admin@summit.example', { phone: true });
    await phone.page.goto('/comp-plans/new');
    for (const kind of ['Product-line rates', 'SPIFF', 'Goal bonus', 'Cap', 'Draw', 'Clawback']) {
      await addComponent(phone.page, kind);
    }
    await componentCard(phone.page, 'commission').getByText('Tiered by attainment', { exact: true }).click();
    expect(await horizontalOverflow(phone.page)).toBe(0);
    await componentCard(phone.page, 'product_line').evaluate((card) => card.scrollIntoView());
    await viewportShot(phone.page, 'comp-builder-phone');
    await closePage(phone);
  });

  it('lets the rep acknowledge the plan and see an open deal take them past 100 % of quota', async () => {
    const desk = await journey.openSignedIn('admin@summit.example');
    const admin = await apiOf(desk.page);
    const rep = await journey.openSignedIn('rep@summit.example');
    const { page } = rep;
    const repApi = await apiOf(page);
    const [pipeline] = (
      await admin.get<{ items: { id: string; stages: { id: string; kind: string }[] }[] }>('/pipelines')
    ).items;
    const won = pipeline?.stages.find((stage) => stage.kind === 'won')?.id;
    const open = pipeline?.stages.find((stage) => stage.kind === 'open')?.id;
    // 200 small wins this quarter, so the what-if below works through 200 credits and more.
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          admin.post('/deals', {
            name: `Small win ${tag}-${batch * 10 + i}`,
            ownerId: repId,
            stageId: won,
            closedOn: quarter.today,
            amount: '10',
          }),
        ),
      );
    }
    // A quota 5,000 above what the rep has credited so far; an 8,000 open deal of the pushed line crosses it.
    const basis = await repApi.get<Basis>('/me/comp-what-if-basis');
    expect(basis.input.credits.length).toBeGreaterThanOrEqual(200);
    await admin.post('/goals', {
      name: `Rep quota ${tag}`,
      kind: 'quota',
      metric: 'won_revenue',
      scopeKind: 'rep',
      scopeId: repId,
      periodKind: 'quarter',
      startsOn: quarter.today,
      target: (sumOf(basis.input.credits) + 5000).toFixed(2),
    });
    const { product } = await pushedProduct(admin);
    const deal = await admin.post<{ id: string }>('/deals', {
      name: dealName,
      ownerId: repId,
      stageId: open,
      lineItems: [{ productId: product.id, quantity: '2', unitPrice: '4000' }],
    });

    expect(await navigationLabels(page)).toContain('My plan');
    await page.getByRole('link', { name: 'My plan' }).click();
    await page.getByTestId('my-plan').waitFor();
    expect(await page.getByTestId('my-plan-name').textContent()).toBe(planName);
    await page.getByTestId('comp-acknowledge').click();
    await page.getByTestId('comp-acknowledged').waitFor();

    await pickOption(page, 'Open deals', new RegExp(`^${dealName}`), { search: dealName });
    await page.keyboard.press('Escape');
    await page.getByTestId('what-if-tier-change').first().waitFor();
    expect(await page.getByTestId('what-if-tier-change').first().textContent()).toContain('past 100 % of quota');
    expect(await page.getByTestId('what-if-result').getByTestId('comp-line').count()).toBeGreaterThanOrEqual(3);
    // How fast the answer comes is measured by bench/comp-what-if.ts, not here.
    const credits = Number(await page.getByTestId('what-if-timing').getAttribute('data-credits'));
    expect(credits).toBeGreaterThanOrEqual(200);
    afterTotal = (await page.getByTestId('what-if-after').textContent()) ?? '';
    await screenshot(page, 'comp-what-if');

    // Phone width: the plan and the calculator fit the screen.
    const phone = await journey.openSignedIn('rep@summit.example', { phone: true });
    await phone.page.goto('/my-plan');
    await phone.page.getByTestId('what-if-result').waitFor();
    expect(await horizontalOverflow(phone.page)).toBe(0);
    await phone.page.getByTestId('what-if').evaluate((card) => card.scrollIntoView());
    await viewportShot(phone.page, 'comp-what-if-phone');
    await closePage(phone);

    // The rep closes it today: the period run must pay what the browser said.
    await repApi.post(`/deals/${deal.id}/stage`, { stageId: won, closedOn: quarter.today });
    await closePage(rep);
    await closePage(desk);
  }, 180_000);

  it('runs the quarter: the rep’s total is what the what-if said, and each line explains itself', async () => {
    const desk = await journey.openSignedIn('admin@summit.example');
    const { page } = desk;
    await page.goto('/comp-plans');
    await page.getByTestId('comp-run-link').click();
    await page.getByTestId('comp-run-submit').click();
    const row = page.locator(`[data-testid="comp-run-rep"][data-rep-id="${repId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('comp-run-total').textContent()).toBe(afterTotal);
    await row.getByTestId('comp-run-show-lines').click();
    const lines = page.getByTestId('comp-run-lines');
    await lines.getByTestId('comp-line').first().waitFor();
    expect(await lines.getByTestId('comp-run-lines-sum').textContent()).toBe(`Total ${afterTotal}`);
    // The rep's row of the table and the first of their lines, as the admin sees them after the run.
    await row.evaluate((tr) => window.scrollTo(0, tr.getBoundingClientRect().top + window.scrollY - 140));
    await viewportShot(page, 'comp-run');
    // 200 small wins and more: the rest is one click away.
    await lines.getByTestId('comp-run-all').click();
    const accelerated = lines.locator('[data-testid="comp-line"][data-tier="2"]').filter({ hasText: dealName });
    await accelerated.first().waitFor();
    expect(await accelerated.first().textContent()).toMatch(
      /won on .*in tier 2 \(100 % and above of quota\) at 10 %.*Push lines: ×1\.5 = 15 %/,
    );
    expect(await lines.locator('[data-kind="spiff"]').filter({ hasText: dealName }).count()).toBe(1);
    await accelerated.first().evaluate((line) => line.scrollIntoView({ block: 'center' }));
    await viewportShot(page, 'comp-run-line');
    await closePage(desk);
  });
});

/** A product of a pushed product line (the demo's catalog has some). */
async function pushedProduct(api: JourneyApi) {
  const lines = await api.get<{ items: { id: string; name: string; priority: string }[] }>('/product-lines');
  const products = await api.get<{ items: { id: string; name: string; productLineId: string | null }[] }>(
    '/products?limit=500',
  );
  const pushed = lines.items.filter((line) => line.priority === 'push');
  const product = products.items.find((item) => pushed.some((line) => line.id === item.productLineId));
  if (!product) throw new Error('The demo catalog has no product of a pushed line');
  const line = pushed.find((candidate) => candidate.id === product.productLineId)?.name ?? '';
  return { product, line };
}
