import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, screenshot, viewportShot } from './support/browser';
import { pickOption } from './support/forms';
import { closePage, openUserMenu, uniqueTag, useJourneyServer } from './support/pacer';

// Everything this journey works on it creates itself, named with a stamp, so demo data does not matter.
const stamp = uniqueTag();
const names = {
  product: `Zephyr widget ${stamp}`,
  pipeline: `Zephyr pipeline ${stamp}`,
  accountA: `Zephyr Alpha ${stamp}`,
  accountB: `Zephyr Beta ${stamp}`,
  repAccount: `Zephyr Rep ${stamp}`,
  deal: `Zephyr rollout ${stamp}`,
  view: `Zephyr view ${stamp}`,
};
const sharedEmail = `buyer.${stamp}@zephyr.example`;

const drawer = (page: Page) => page.getByTestId('record-drawer').getByRole('dialog');

/** The name (first link) of every row shown, in order. */
const rowNames = (page: Page) =>
  page.getByTestId('record-row').evaluateAll((rows) => rows.map((row) => row.querySelector('a')?.textContent ?? ''));

const listRows = (page: Page) => page.getByTestId('record-row');

const searchList = async (page: Page, text: string, rows: number) => {
  await page.getByTestId('list-search').fill(text);
  await expect.poll(() => listRows(page).count()).toBe(rows);
};

describe('CRM records', () => {
  const journey = useJourneyServer();

  it('admin: catalog, pipeline, accounts, contacts with a duplicate, a deal with line items, lists, views, export, archive', async () => {
    const admin = await journey.openSignedIn('admin@summit.example');
    const { page } = admin;

    // A product of our own for the line items.
    await page.goto('/products');
    await page.getByTestId('create-product').click();
    await drawer(page).getByLabel(/^Name/).fill(names.product);
    await drawer(page)
      .getByLabel(/^List price/)
      .fill('100');
    await drawer(page).getByRole('button', { name: 'Add a point' }).click();
    await drawer(page).getByLabel('What sets it apart').fill('Twice the life of the usual widget');
    await drawer(page).getByTestId('record-save').click();
    await drawer(page).waitFor({ state: 'hidden' });

    // A pipeline of our own, from the suggested stages.
    await page.goto('/pipelines');
    await page.getByTestId('create-pipeline').click();
    await drawer(page).getByLabel(/^Name/).first().fill(names.pipeline);
    await expect.poll(() => drawer(page).getByTestId('stage-row').count()).toBe(5);
    await viewportShot(page, 'crm-pipeline-editor');
    await drawer(page).getByTestId('record-save').click();
    await drawer(page).waitFor({ state: 'hidden' });
    await page.getByTestId('pipeline-card').filter({ hasText: names.pipeline }).waitFor();
    await screenshot(page, 'crm-pipelines');

    // A custom field of accounts: it shows up in the account form and on the account page.
    await page.goto('/custom-fields');
    await page.getByTestId('add-custom-field').click();
    await page
      .getByRole('dialog')
      .getByLabel(/^Label/)
      .fill(`Tier ${stamp}`);
    await pickOption(page.getByRole('dialog'), /^Type/, 'Choice list');
    await page
      .getByRole('dialog')
      .getByLabel(/^Choices/)
      .fill('Gold');
    await page.keyboard.press('Enter');
    await page
      .getByRole('dialog')
      .getByLabel(/^Choices/)
      .fill('Silver');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Add field' }).click();
    await page
      .getByTestId('custom-field-row')
      .filter({ hasText: `Tier ${stamp}` })
      .waitFor();
    await screenshot(page, 'crm-custom-fields');

    // Two accounts; the form is the drawer of the list.
    await page.goto('/accounts');
    await listRows(page).first().waitFor();
    await viewportShot(page, 'crm-accounts');
    for (const [name, industry] of [
      [names.accountA, 'Aerospace'],
      [names.accountB, 'Biotech'],
    ] as const) {
      await page.goto('/accounts');
      await page.getByTestId('create-account').click();
      await drawer(page).getByLabel(/^Name/).fill(name);
      await drawer(page)
        .getByLabel(/^Industry/)
        .fill(industry);
      await drawer(page).getByLabel(/^City/).fill('Hamburg');
      if (name === names.accountA) {
        await pickOption(drawer(page), new RegExp(`^Tier ${stamp}`), 'Gold');
        await viewportShot(page, 'crm-account-form');
      }
      await drawer(page).getByTestId('record-save').click();
      await page.waitForURL((url) => url.pathname.startsWith('/accounts/'));
      await expect.poll(() => page.getByTestId('record-title').textContent()).toBe(name);
    }
    const accountBUrl = page.url();
    await page.goto(`/accounts?q=${encodeURIComponent(names.accountA)}`);
    await listRows(page).filter({ hasText: names.accountA }).locator('a').first().click();
    await page.getByTestId('record-title').filter({ hasText: names.accountA }).waitFor();
    await page.getByText('Gold', { exact: true }).waitFor();
    await page.goto(accountBUrl);

    // A contact at Beta, added from the account page.
    await page.getByRole('tab', { name: /^Contacts/ }).click();
    await page.getByRole('button', { name: 'Add contact' }).click();
    await drawer(page)
      .getByLabel(/^Last name/)
      .fill(`Buyer ${stamp}`);
    await drawer(page).getByRole('textbox', { name: 'E-mail' }).fill(sharedEmail);
    await drawer(page).getByTestId('record-save').click();
    await drawer(page).waitFor({ state: 'hidden' });
    await page
      .getByTestId('related-row')
      .filter({ hasText: `Buyer ${stamp}` })
      .waitFor();

    // A second contact with the same address: saved, with the duplicate named.
    await page.goto('/contacts');
    await page.getByTestId('create-contact').click();
    await drawer(page)
      .getByLabel(/^First name/)
      .fill('Second');
    await drawer(page)
      .getByLabel(/^Last name/)
      .fill(`Buyer ${stamp}`);
    await drawer(page).getByRole('textbox', { name: 'E-mail' }).fill(sharedEmail.toUpperCase());
    await pickOption(drawer(page), /^Account/, names.accountA, { search: names.accountA });
    await drawer(page).getByTestId('record-save').click();
    const warning = drawer(page).getByTestId('duplicate-warning');
    await warning.waitFor();
    await warning.getByRole('link', { name: `Buyer ${stamp}` }).waitFor();
    await viewportShot(page, 'crm-contact-duplicate');
    await warning.getByRole('button', { name: /^Continue to/ }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/contacts/'));
    await expect.poll(() => page.getByTestId('record-title').textContent()).toBe(`Second Buyer ${stamp}`);
    await screenshot(page, 'crm-contact');
    // Without phone numbers the row says so with the quiet dash, as any empty field does.
    expect(await page.locator('.mantine-DataList-item').filter({ hasText: 'Phone numbers' }).textContent()).toContain(
      '—',
    );

    // A deal on our pipeline, with two line items and a credit split; the amount is their exact sum.
    await page.goto('/deals');
    await page.getByTestId('create-deal').click();
    await drawer(page).getByLabel(/^Name/).first().fill(names.deal);
    await pickOption(drawer(page), /^Account/, names.accountB, { search: names.accountB });
    await pickOption(drawer(page), /^Pipeline/, names.pipeline);
    await drawer(page).getByTestId('add-line').click();
    await pickOption(drawer(page).getByTestId('line-item').nth(0), /^Product/, names.product, {
      search: names.product,
    });
    await drawer(page).getByTestId('line-quantity').nth(0).fill('3');
    await drawer(page).getByTestId('line-item').nth(0).getByLabel('Discount').fill('10');
    await drawer(page).getByTestId('add-line').click();
    await drawer(page)
      .getByTestId('line-item')
      .nth(1)
      .getByRole('textbox', { name: 'Description' })
      .fill('Setup service');
    await drawer(page).getByTestId('line-price').nth(1).fill('49.99');
    await expect.poll(() => drawer(page).getByTestId('lines-sum').textContent()).toBe('Sum: US$319.99');
    await drawer(page).getByTestId('add-split').click();
    await pickOption(drawer(page).getByTestId('split-row').first(), /^Rep/, null);
    await expect.poll(() => drawer(page).getByTestId('splits-total').textContent()).toBe('Total 100 %');
    await viewportShot(page, 'crm-deal-form');
    await drawer(page).getByTestId('record-save').click();
    await page.waitForURL((url) => url.pathname.startsWith('/deals/'));
    await expect.poll(() => page.getByTestId('deal-lines-sum').textContent()).toBe('US$319.99');
    expect(await page.getByTestId('deal-splits').textContent()).toContain('100 %');

    // Move it on, then lose it with a reason: the history keeps every step.
    await page.getByTestId('change-stage').click();
    await pickOption(page.getByRole('dialog'), /^New stage/, 'Proposal');
    await page.getByRole('dialog').getByRole('button', { name: 'Move deal' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('change-stage').click();
    await pickOption(page.getByRole('dialog'), /^New stage/, 'Lost');
    await page.getByRole('dialog').getByRole('button', { name: 'Move deal' }).click();
    await page.getByRole('dialog').getByText('Required').waitFor();
    await page
      .getByRole('dialog')
      .getByLabel(/^Why was it lost/)
      .fill('Budget moved to next year');
    await page.getByRole('dialog').getByRole('button', { name: 'Move deal' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByText('Budget moved to next year').waitFor();
    await expect
      .poll(() => page.getByTestId('timeline-entry').filter({ hasText: 'Stage:' }).count())
      .toBeGreaterThanOrEqual(2);
    await screenshot(page, 'crm-deal');
    await page.getByRole('tab', { name: 'Stage history' }).click();
    await expect.poll(() => page.getByTestId('stage-history').locator('tbody tr').count()).toBe(3);

    // A company-generated lead has a follow-up deadline; converting it opens account, contact and deal.
    await page.goto('/leads');
    await page.getByTestId('create-lead').click();
    await drawer(page)
      .getByLabel(/^Last name/)
      .fill(`Lead ${stamp}`);
    await drawer(page)
      .getByLabel(/^Company/)
      .fill(`Gamma Works ${stamp}`);
    await drawer(page).getByTestId('record-save').click();
    await page.waitForURL((url) => url.pathname.startsWith('/leads/'));
    await page
      .getByText(/^due in/)
      .first()
      .waitFor();
    await page.getByTestId('convert-lead').click();
    const convert = page.getByRole('dialog');
    expect(await convert.getByLabel(/^Account name/).inputValue()).toBe(`Gamma Works ${stamp}`);
    await pickOption(convert, /^Pipeline/, names.pipeline);
    await convert.getByLabel(/^Amount/).fill('1200');
    await viewportShot(page, 'crm-lead-convert');
    await convert.getByTestId('convert-submit').click();
    await page.waitForURL((url) => url.pathname.startsWith('/deals/'));
    await expect.poll(() => page.getByTestId('record-title').textContent()).toBe(`Gamma Works ${stamp}`);
    await page.getByTestId('deal-figures').getByText('US$1,200.00').waitFor();

    // The account's timeline shows what happened to it, and its deal is listed.
    await page.goto(accountBUrl);
    await page.getByTestId('record-timeline').getByTestId('timeline-entry').first().waitFor();
    await page.getByRole('tab', { name: /^Deals/ }).click();
    await page.getByTestId('related-row').filter({ hasText: names.deal }).waitFor();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await screenshot(page, 'crm-account');

    // The list: search, sort by a header, choose a column; the URL carries it all.
    await page.goto('/accounts');
    await searchList(page, `Zephyr`, 2);
    expect(await rowNames(page)).toEqual([names.accountA, names.accountB]);
    await page.getByRole('button', { name: 'Sort by Name' }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === '-name');
    await expect.poll(() => rowNames(page)).toEqual([names.accountB, names.accountA]);
    await page.getByTestId('filters-toggle').click();
    await page.getByTestId('filters').getByRole('textbox', { name: 'Industry' }).fill('biotech');
    await expect.poll(() => rowNames(page)).toEqual([names.accountB]);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await page.getByTestId('list-search').fill('Zephyr');
    await expect.poll(() => listRows(page).count()).toBe(2);
    await page.getByTestId('columns-menu').click();
    await page.getByRole('checkbox', { name: 'Country' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('columnheader', { name: 'Country' }).waitFor();
    await expect.poll(() => page.getByTestId('list-count').textContent()).toContain('2 accounts');

    // Save the list as a shared view; a plain reload of the list and a pick bring it back.
    await page.getByTestId('views-menu').click();
    await page.getByRole('menuitem', { name: 'Save as new view…' }).click();
    await page.getByRole('dialog').getByLabel(/^Name/).fill(names.view);
    await page.getByRole('dialog').getByLabel('Share with everyone in the organisation').check();
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => url.searchParams.has('view'));
    const viewUrl = page.url();
    await page.goto('/accounts');
    await listRows(page).first().waitFor();
    await page.getByTestId('views-menu').click();
    await page.getByRole('menuitem', { name: new RegExp(names.view) }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'Zephyr' && url.searchParams.get('sort') === '-name');
    await expect.poll(() => rowNames(page)).toEqual([names.accountB, names.accountA]);
    await page.getByRole('columnheader', { name: 'Country' }).waitFor();
    await screenshot(page, 'crm-accounts-view');

    // Sort the other way: the view says it changed, and saving writes the new sort into it.
    await page.getByRole('button', { name: 'Sort by Name' }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name');
    await page.getByTestId('views-menu').getByText('Changed').waitFor();
    await page.getByTestId('views-menu').click();
    await page.getByRole('menuitem', { name: `Save changes to “${names.view}”` }).click();
    await page.getByTestId('views-menu').getByText('Changed').waitFor({ state: 'detached' });

    // Export what the list shows as CSV.
    await page.getByTestId('export-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv).toContain(names.accountA);
    expect(csv).toContain(names.accountB);
    expect(csv.split('\n')[0]).toMatch(/Country/i);

    // Archive one in bulk; it leaves the list, the archived switch shows it, a restore brings it back.
    await listRows(page).filter({ hasText: names.accountA }).getByTestId('row-select').check();
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Archive' }).click();
    await expect.poll(() => rowNames(page)).toEqual([names.accountB]);
    await page.getByTestId('archived-toggle').getByText('Archived').click();
    await expect.poll(() => rowNames(page)).toEqual([names.accountA]);
    await screenshot(page, 'crm-accounts-archived');
    await listRows(page).first().getByTestId('row-select').check();
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => listRows(page).count()).toBe(0);
    await page.goto(viewUrl);
    await expect.poll(() => listRows(page).count()).toBe(2);

    await closePage(admin);
  }, 240_000);

  it('rep: sees only their own records and the shared view', async () => {
    const rep = await journey.openSignedIn('rep@summit.example');
    const { page } = rep;

    // The admin's accounts are not the rep's.
    await page.goto('/accounts');
    await listRows(page).first().waitFor();
    await page.getByTestId('list-search').fill('Zephyr');
    await page.getByText('Nothing matches').waitFor();

    // The rep's own account: created, listed, and theirs without choosing an owner.
    await page.getByTestId('create-account').click();
    expect(await drawer(page).getByTestId('owner-input').count()).toBe(0);
    await drawer(page).getByLabel(/^Name/).fill(names.repAccount);
    await drawer(page).getByTestId('record-save').click();
    await page.waitForURL((url) => url.pathname.startsWith('/accounts/'));
    await page.goto('/accounts?q=Zephyr');
    await expect.poll(() => rowNames(page)).toEqual([names.repAccount]);

    // The shared view is offered, and it shows only what the rep may see.
    await page.getByTestId('views-menu').click();
    await page.getByRole('menuitem', { name: new RegExp(names.view) }).click();
    await expect.poll(() => rowNames(page)).toEqual([names.repAccount]);

    // Someone else's deal is not found.
    await page.goto('/deals?q=Zephyr');
    await page.getByText('Nothing matches').waitFor();
    await screenshot(page, 'crm-rep-deals');

    await closePage(rep);
  }, 120_000);

  it('phone and German: the lists fit the screen and speak the language', async () => {
    const phone = await journey.openSignedIn('admin@summit.example', { phone: true });
    for (const path of ['/leads', '/accounts', '/contacts', '/deals', '/activities', '/estimates', '/products']) {
      await phone.page.goto(path);
      await listRows(phone.page).first().waitFor();
      expect(await horizontalOverflow(phone.page), path).toBeLessThanOrEqual(0);
      if (path === '/accounts' || path === '/deals') await viewportShot(phone.page, `crm-${path.slice(1)}-phone`);
    }
    await phone.page.goto('/accounts?q=Zephyr');
    await listRows(phone.page).first().click();
    await phone.page.waitForURL((url) => url.pathname.startsWith('/accounts/'));
    await phone.page.getByTestId('record-timeline').waitFor();
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'crm-account-phone');
    await phone.page.goto('/deals?q=Zephyr');
    await listRows(phone.page).first().click();
    await phone.page.waitForURL((url) => url.pathname.startsWith('/deals/'));
    await phone.page.getByTestId('deal-figures').waitFor();
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'crm-deal-phone');
    await closePage(phone);

    const manager = await journey.openSignedIn('manager@summit.example');
    const { page } = manager;
    await openUserMenu(page);
    await page.getByTestId('language-de').click();
    await page.goto('/deals');
    await page.getByRole('heading', { name: 'Deals' }).waitFor();
    await page.getByText('Alle Deals').waitFor();
    await listRows(page).first().waitFor();
    await viewportShot(page, 'crm-deals-de');
    await page.goto('/leads');
    await page.getByRole('button', { name: 'Neuer Lead' }).click();
    await drawer(page)
      .getByLabel(/^Nachname/)
      .waitFor();
    await viewportShot(page, 'crm-lead-form-de');
    await page.keyboard.press('Escape');
    await page.goto('/estimates/summary');
    await page.getByTestId('estimate-summary').waitFor();
    await screenshot(page, 'crm-estimates-summary-de');
    await closePage(manager);
  }, 180_000);
});
