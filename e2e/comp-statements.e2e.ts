import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiOf } from './support/api';
import { pickOption } from './support/forms';
import { closePage, navigationLabels, uniqueTag, useJourneyServer } from './support/pacer';
import {
  awardContestPrize,
  type PayWorld,
  preparePayWorld,
  quartersOf,
  runQuarterAsManager,
  shoot,
} from './support/statement-steps';

const statementPath = (id: string) => `/comp-statements/${id}`;

/** The statement page's status, once it says `status`. */
const waitForStatus = (page: Page, status: string) =>
  page.locator(`[data-testid="statement-page"][data-status="${status}"]`).waitFor();

/**
 * The pay journey: the manager runs last quarter for their team and reviews the rep's statement,
 * and the admin approves it; the rep reads it line by line and questions one; the manager answers
 * with an adjustment; a deal of the approved quarter is cancelled, a contest pays a prize, and this
 * quarter's run shows the clawback, the adjustment and the prize on the rep's next statement.
 */
describe('comp statements: review, approve, question, adjust, claw back', () => {
  const journey = useJourneyServer();
  const tag = uniqueTag();
  const { current, previous } = quartersOf('America/New_York');
  const contestName = `Kick-off calls ${tag}`;
  let world: PayWorld;
  let statementId = '';

  it('the manager runs last quarter and reviews the rep’s statement; the admin approves it', async () => {
    const desk = await journey.openSignedIn('admin@summit.example');
    const { page } = desk;
    world = await preparePayWorld(await apiOf(page), tag, previous);

    // The manager runs last quarter for their teams, and goes from the rep's row to their statement.
    const lead = await journey.openSignedIn('manager@summit.example');
    expect(await navigationLabels(lead.page)).toContain('Run a period');
    await runQuarterAsManager(lead.page, previous.label);
    await shoot(lead.page, 'comp-run-manager');
    const row = lead.page.locator(`[data-testid="comp-run-rep"][data-rep-id="${world.repId}"]`);
    await row.getByTestId('comp-run-statement').click();
    await waitForStatus(lead.page, 'draft');
    statementId = lead.page.url().split('/').at(-1) ?? '';

    expect(await navigationLabels(lead.page)).toContain('Statements');
    await lead.page.getByRole('link', { name: 'Statements', exact: true }).click();
    await pickOption(lead.page, 'Period', new RegExp(`^${previous.label} `));
    const listed = lead.page.locator(`[data-testid="statement-row"][data-statement-id="${statementId}"]`);
    expect(await listed.getByTestId('statement-status').textContent()).toBe('Draft');
    await shoot(lead.page, 'statement-list');
    await listed.getByTestId('statement-link').click();
    await lead.page.getByTestId('statement-review').click();
    await waitForStatus(lead.page, 'reviewed');
    // Managers review; approving and paying are the admin's.
    expect(await lead.page.getByTestId('statement-approve').count()).toBe(0);
    await closePage(lead);

    await page.goto(statementPath(statementId));
    await page.getByTestId('statement-approve').click();
    await waitForStatus(page, 'approved');
    await page.getByText('Approved statements are frozen').waitFor();
    expect(await page.getByTestId('statement-pay').count()).toBe(1);
    await shoot(page, 'statement-admin', { screen: true });

    // Payroll's export of the period lists the approved statement; the PDF is a PDF.
    await page.goto(`/comp-statements?period=${previous.start}..${previous.end}`);
    const approved = page.locator(`[data-testid="statement-row"][data-statement-id="${statementId}"]`);
    expect(await approved.getByTestId('statement-status').textContent()).toBe('Approved');
    await shoot(page, 'statement-list-admin');
    const csvLink = await page.getByTestId('statement-export-csv').getAttribute('href');
    const csv = await page.request.get(csvLink ?? '');
    expect(await csv.text()).toContain(world.repName);
    const pdf = await page.request.get(`/api/v1/comp-statements/${statementId}.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await closePage(desk);
  });

  it('lets the rep read the lines by component and question one; the manager answers with an adjustment', async () => {
    const rep = await journey.openSignedIn('rep@summit.example');
    const { page } = rep;
    await page.getByRole('link', { name: 'Statements', exact: true }).click();
    await page.locator(`[data-testid="statement-row"][data-statement-id="${statementId}"]`).getByRole('link').click();
    await waitForStatus(page, 'approved');
    expect(await page.getByTestId('statement-plan').textContent()).toContain(`Statement plan ${tag}, version 1`);
    const groups = page.getByTestId('statement-group');
    await expect.poll(() => groups.count()).toBe(2);
    expect(await groups.first().textContent()).toMatch(/^Commission · Base commission/);
    expect(await groups.nth(1).textContent()).toMatch(/^SPIFF · /);
    // No workflow for the rep: their own statement is signed off by others.
    expect(await page.getByTestId('statement-review').count()).toBe(0);

    const line = page.locator('[data-testid="comp-line"][data-kind="commission"]').filter({
      hasText: world.questioned.name,
    });
    expect(await line.getByTestId('comp-line-explanation').textContent()).toMatch(/won on .*flat rate 5 %/);
    await line.getByTestId('statement-ask').click();
    await line.getByTestId('statement-ask-comment').fill('The customer ordered a third unit on the same deal.');
    await line.getByTestId('statement-ask-submit').click();
    await line.locator('[data-testid="statement-inquiry"][data-status="open"]').waitFor();
    await line.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shoot(page, 'statement-rep', { screen: true });

    const lead = await journey.openSignedIn('manager@summit.example');
    await lead.page.goto(statementPath(statementId));
    const asked = lead.page.locator('[data-testid="comp-line"]').filter({ hasText: world.questioned.name }).first();
    await asked.getByText('ordered a third unit').waitFor();
    await asked.getByTestId('statement-inquiry-reply').click();
    await asked
      .getByTestId('statement-reply-comment')
      .fill('Right, the third unit was booked late. Added to your next statement.');
    await asked.getByTestId('statement-reply-adjust').check();
    await asked.getByTestId('statement-reply-amount').fill('150');
    await asked.getByTestId('statement-reply-reason').fill('Third unit of the Harbor retrofit');
    await asked.getByTestId('statement-reply-submit').click();
    await asked.locator('[data-testid="statement-inquiry"][data-status="answered"]').waitFor();
    await asked.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shoot(lead.page, 'statement-inquiry', { screen: true });
    await closePage(lead);

    // The rep reads the answer, and where the adjustment is paid: the approved statement stays as it was.
    await page.reload();
    const answer = line.getByTestId('statement-inquiry-adjustment');
    await answer.waitFor();
    expect(await line.getByTestId('statement-inquiry-message').count()).toBe(2);
    expect(await answer.textContent()).toMatch(/^Adjustment of .*150\.00, paid with the statement of/);
    await answer.getByTestId('statement-inquiry-adjustment-link').click();
    await waitForStatus(page, 'draft');
    const adjustment = page
      .getByTestId('statement-adjustment')
      .filter({ hasText: 'Third unit of the Harbor retrofit' });
    expect(await adjustment.getByTestId('statement-adjustment-amount').textContent()).toContain('150.00');
    await closePage(rep);
  });

  it('claws back a cancelled deal of the approved quarter and pays a contest prize on the next statement', async () => {
    const rep = await journey.openSignedIn('rep@summit.example');
    const { page } = rep;
    const desk = await journey.openSignedIn('admin@summit.example');
    const api = await apiOf(desk.page);
    await api.post(`/deals/${world.cancelled.id}/stage`, { stageId: world.stages.lost, lostReason: 'Order cancelled' });
    await awardContestPrize(api, world, contestName, current.start);
    await api.post('/comp-runs', { periodStart: current.start, periodEnd: current.end });
    await closePage(desk);

    await page.getByRole('link', { name: 'Statements', exact: true }).click();
    // Newest period first: this quarter's statement leads the list.
    const first = page.getByTestId('statement-row').first();
    expect(await first.textContent()).toContain(world.repName);
    await first.getByTestId('statement-link').click();
    await waitForStatus(page, 'draft');
    const clawback = page.locator('[data-testid="comp-line"][data-kind="clawback"]').filter({
      hasText: world.cancelled.name,
    });
    expect(await clawback.getByTestId('comp-line-amount').textContent()).toMatch(/^-/);
    expect(await clawback.getByTestId('comp-line-explanation').textContent()).toMatch(
      /cancelled on .*days after the win/,
    );
    const adjustments = page.getByTestId('statement-adjustment');
    await adjustments.filter({ hasText: `Contest: ${contestName}` }).waitFor();
    await adjustments.filter({ hasText: 'Third unit of the Harbor retrofit' }).waitFor();
    // The clawback and the adjustments below it, as the rep scrolls to the end.
    await page.getByTestId('statement-adjustments').evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await page.evaluate(() => window.scrollBy(0, 24));
    await shoot(page, 'statement-next', { screen: true });

    // Printing: the statement alone, without navigation or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.mantine-AppShell-navbar').isVisible()).toBe(false);
    expect(await page.getByTestId('statement-print').isVisible()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'statement-print', { screen: true });
    await page.emulateMedia({ media: 'screen' });
    await closePage(rep);
  });
});
