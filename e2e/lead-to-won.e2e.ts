import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { apiOf, fieldDayJourney } from './support/field-day-steps';
import { csvOf, importThroughWizard } from './support/import-steps';
import { expectNoPageErrors, signIn, useJourneyServer } from './support/pacer';

/** Drag with the mouse in small steps, as a person would (the board starts a drag after a few pixels). */
const dragTo = async (page: Page, from: Locator, to: Locator) => {
  const start = await from.boundingBox();
  if (!start) throw new Error('The card is not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + 20);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + 24, { steps: 4 });
  // The drop zones of Won and Lost show only once a drag has started.
  await to.waitFor();
  const target = await to.boundingBox();
  if (!target) throw new Error('The drop target is not on screen');
  await page.mouse.move(target.x + target.width / 2, target.y + Math.min(80, target.height / 2), { steps: 12 });
  await page.mouse.up();
};

describe('lead to won deal, then a field day', () => {
  const journey = useJourneyServer();

  it('imports Salesforce leads, converts one, wins its deal on the board, then logs and reviews a field day', async () => {
    const { page, context, errors } = await journey.open();
    await signIn(page, 'admin@summit.example');
    const api = await apiOf(page);
    const session = await api.get<{ user: { name: string } }>('/session');
    const tag = String(Date.now()).slice(-6);

    // 1. A Salesforce "Leads" export, imported through the wizard as it comes: its columns are recognised.
    const leads = {
      name: `salesforce-leads-${tag}.csv`,
      text: csvOf([
        [
          'Lead ID',
          'First Name',
          'Last Name',
          'Company',
          'Title',
          'Email',
          'Phone',
          'Lead Source',
          'Lead Status',
          'Lead Owner',
        ],
        [
          `00Q8d00000Ld${tag}1`,
          'Nora',
          `Whitfield ${tag}`,
          `Whitfield Rowing Club ${tag}`,
          'Club manager',
          `nora.${tag}@whitfield.example`,
          '+1 617 555 0101',
          'Web',
          'Working - Contacted',
          session.user.name,
        ],
        [
          `00Q8d00000Ld${tag}2`,
          'Omar',
          `Haddad ${tag}`,
          `Haddad Physio ${tag}`,
          'Owner',
          `omar.${tag}@haddad.example`,
          '+1 617 555 0102',
          'Partner Referral',
          'Open - Not Contacted',
          session.user.name,
        ],
        [
          `00Q8d00000Ld${tag}3`,
          'Lena',
          `Park ${tag}`,
          `Park Hotels ${tag}`,
          'Facilities lead',
          `lena.${tag}@parkhotels.example`,
          '+1 617 555 0103',
          'Trade Show',
          'Open - Not Contacted',
          session.user.name,
        ],
      ]),
    };
    const imported = await importThroughWizard(page, { recordType: 'Leads', file: leads, shots: 'import-leads' });
    expect(imported).toEqual({ created: 3, updated: 0, unchanged: 0 });

    // 2. Open the lead from the list of imported leads.
    await page.getByTestId('open-imported').click();
    await page.waitForURL((url) => url.pathname === '/leads');
    const leadName = `Nora Whitfield ${tag}`;
    await page.getByRole('link', { name: leadName }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/leads/'));
    const leadId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

    // 3. Convert it to account + contact + deal, on a pipeline of our own so the board shows only this deal.
    const pipeline = await api.post<{ id: string; name: string }>('/pipelines', {
      name: `Club sales ${tag}`,
      stages: [
        { name: 'Prospect', probability: 10 },
        { name: 'Proposal', probability: 50 },
        { name: 'Won', probability: 100, kind: 'won' },
        { name: 'Lost', probability: 0, kind: 'lost' },
      ],
    });
    await page.getByTestId('convert-lead').click();
    const convert = page.getByRole('dialog');
    await convert.getByRole('combobox', { name: 'Pipeline' }).click();
    await page.getByRole('option', { name: pipeline.name }).click();
    await convert.getByRole('textbox', { name: 'Amount' }).fill('24800');
    await convert.getByTestId('convert-submit').click();
    await page.waitForURL((url) => url.pathname.startsWith('/deals/'));
    const dealId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const deal = await api.get<{ name: string; accountId: string | null; stageKind: string }>(`/deals/${dealId}`);
    expect(deal.accountId).not.toBeNull();
    // The lead keeps the links to what it became.
    const lead = await api.get<{ status: string; convertedDealId: string | null }>(`/leads/${leadId}`);
    expect(lead).toMatchObject({ status: 'converted', convertedDealId: dealId });

    // 4. Drag the deal across the board to Won.
    await page.goto(`/deals/board?pipelineId=${pipeline.id}`);
    const card = page.locator(`[data-testid="deal-card"][data-deal-id="${dealId}"]`);
    await card.waitFor();
    await dragTo(page, card, page.getByTestId('drop-won'));
    const won = page.getByRole('dialog', { name: `Close “${deal.name}” as won` });
    await won.getByRole('button', { name: 'Mark as won' }).click();
    await expect.poll(async () => (await api.get<{ stageKind: string }>(`/deals/${dealId}`)).stageKind).toBe('won');
    await screenshot(page, 'import-leads-won-board');

    // 5. The field day on a phone and the manager's review.
    await fieldDayJourney(journey, page, tag);
    expectNoPageErrors(errors);
    await context.close();
  }, 300_000);
});
