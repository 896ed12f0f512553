import { describe, expect, it } from 'vitest';
import { apiOf, createPipeline, signedInName } from './support/api';
import { dealCard, dragCard } from './support/board';
import { screenshot } from './support/browser';
import { fieldDayJourney } from './support/field-day-steps';
import { pickOption } from './support/forms';
import { importThroughWizard, salesforceLeads } from './support/import-steps';
import { closePage, uniqueTag, useJourneyServer } from './support/pacer';

describe('lead to won deal, then a field day', () => {
  const journey = useJourneyServer();

  it('imports Salesforce leads, converts one, wins its deal on the board, then logs and reviews a field day', async () => {
    const desk = await journey.openSignedIn('admin@summit.example');
    const { page } = desk;
    const api = await apiOf(page);
    const tag = uniqueTag();

    // 1. A Salesforce "Leads" export, imported through the wizard as it comes: its columns are recognised.
    const leads = salesforceLeads(tag, await signedInName(api));
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
    const pipeline = await createPipeline(api, `Club sales ${tag}`, [
      ['Prospect', 10],
      ['Proposal', 50],
    ]);
    await page.getByTestId('convert-lead').click();
    const convert = page.getByRole('dialog');
    await pickOption(convert, 'Pipeline', pipeline.name);
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
    const card = dealCard(page, dealId);
    await card.waitFor();
    await dragCard(page, card, page.getByTestId('drop-won'));
    const won = page.getByRole('dialog', { name: `Close “${deal.name}” as won` });
    await won.getByRole('button', { name: 'Mark as won' }).click();
    await expect.poll(async () => (await api.get<{ stageKind: string }>(`/deals/${dealId}`)).stageKind).toBe('won');
    await screenshot(page, 'import-leads-won-board');

    // 5. The field day on a phone and the manager's review.
    await fieldDayJourney(journey, page, tag);
    await closePage(desk);
  }, 300_000);
});
