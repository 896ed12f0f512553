import { describe, expect, it } from 'vitest';
import { apiOf, signedInName } from './support/api';
import { horizontalOverflow, screenshot } from './support/browser';
import {
  importThroughWizard,
  opportunityNames,
  salesforceAccounts,
  salesforceOpportunities,
} from './support/import-steps';
import { closePage, openUserMenu, uniqueTag, useJourneyServer } from './support/pacer';

describe('import', () => {
  const journey = useJourneyServer();

  it('imports a Salesforce opportunities export through the wizard; a second import of it changes nothing', async () => {
    const desk = await journey.openSignedIn('admin@summit.example');
    const { page } = desk;
    const api = await apiOf(page);
    const owner = await signedInName(api);
    const tag = uniqueTag();
    const accounts = salesforceAccounts(tag, owner);
    const file = salesforceOpportunities(tag, owner);
    // Salesforce's stage names are not Pacer's: the check names each, and one replacement per name fixes its rows.
    const stageFixes = [
      { value: 'Proposal/Price Quote', to: 'Proposal' },
      { value: 'Negotiation/Review', to: 'Negotiation' },
    ];

    // Accounts first, as Salesforce exports them; the opportunities name their account.
    const accountsDone = await importThroughWizard(page, { recordType: 'Accounts', file: accounts });
    expect(accountsDone).toEqual({ created: 3, updated: 0, unchanged: 0 });

    const first = await importThroughWizard(page, { recordType: 'Deals', file, shots: 'import', fixes: stageFixes });
    expect(first).toEqual({ created: 3, updated: 0, unchanged: 0 });

    // The deals are in the list.
    await page.getByTestId('open-imported').click();
    await page.waitForURL((url) => url.pathname === '/deals');
    for (const name of opportunityNames(tag)) await page.getByText(name).first().waitFor();
    await screenshot(page, 'import-deals-list');
    const deals = await api.get<{ items: { name: string; stageName: string; amount: string }[] }>(
      `/deals?q=${encodeURIComponent(tag)}&limit=50`,
    );
    expect(deals.items.map((deal) => [deal.name, deal.stageName]).sort()).toEqual(
      [
        [`Bluewater Spa - Saunas ${tag}`, 'Prospecting'],
        [`Cedar Clinic - Rowing line ${tag}`, 'Proposal'],
        [`Dune Hotels - Gym refit ${tag}`, 'Negotiation'],
      ].sort(),
    );

    // The same file again: nothing new, nothing changed.
    const again = await importThroughWizard(page, { recordType: 'Deals', file, fixes: stageFixes });
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 3 });

    // The history lists both.
    await page.goto('/imports');
    await expect.poll(() => page.getByTestId('import-row').filter({ hasText: file.name }).count()).toBe(2);
    await screenshot(page, 'import-history');

    // In German, and on a phone: the finished import and the history fit the screen.
    await openUserMenu(page);
    await page.getByTestId('language-de').click();
    await page
      .getByText('Letzte Importe')
      .waitFor({ state: 'attached' })
      .catch(() => undefined);
    await page.getByTestId('import-row').filter({ hasText: file.name }).first().click();
    await page.getByTestId('import-done').waitFor();
    await page.getByText('Import abgeschlossen').waitFor();
    await screenshot(page, 'import-done-de');
    const phone = await journey.openSignedIn('admin@summit.example', { phone: true });
    await phone.page.goto('/imports');
    await phone.page.getByTestId('import-row').first().waitFor();
    await screenshot(phone.page, 'import-history-phone-de');
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await phone.page.getByTestId('import-row').filter({ hasText: file.name }).first().click();
    await phone.page.getByTestId('import-done').waitFor();
    await screenshot(phone.page, 'import-done-phone-de');
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await closePage(phone);
    await closePage(desk);
  }, 180_000);
});
