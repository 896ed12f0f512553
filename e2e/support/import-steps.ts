import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './browser';

export interface CsvFile {
  name: string;
  /** The file's text, CRLF line ends as spreadsheets write them. */
  text: string;
}

/** A CSV text from rows of cells, quoted where a cell needs it. */
export const csvOf = (rows: string[][]): string =>
  `${rows
    .map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','))
    .join('\r\n')}\r\n`;

interface ImportOptions {
  /** The chip of the record type, as the wizard labels it. */
  recordType: string;
  file: CsvFile;
  /** Screenshot names are prefixed with this (`import-…`), or none are taken. */
  shots?: string;
  /** Values the check will refuse, each replaced through the report's "Replace" action. */
  fixes?: { value: string; to: string }[];
}

/**
 * Run the import wizard: new import, record type, upload, mapping as suggested, check, fix each bad value by a
 * value replacement, import, and wait for the result. Answers the counts of the finished import.
 */
export const importThroughWizard = async (page: Page, options: ImportOptions) => {
  const shot = async (name: string) => {
    if (options.shots) await screenshot(page, `${options.shots}-${name}`);
  };
  await page.goto('/imports');
  await page.getByTestId('new-import').first().click();
  await page.waitForURL((url) => url.pathname === '/imports/new');
  await page.getByTestId('import-record-type').locator('label', { hasText: options.recordType }).click();
  await shot('upload');
  await page
    .getByTestId('import-dropzone')
    .locator('input[type=file]')
    .setInputFiles({ name: options.file.name, mimeType: 'text/csv', buffer: Buffer.from(options.file.text) });
  await page.waitForURL((url) => /^\/imports\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.getByTestId('mapping-table').waitFor();
  await shot('mapping');
  await page.getByTestId('check-import').click();

  for (const [index, fix] of (options.fixes ?? []).entries()) {
    const issue = page.getByTestId('import-issue').filter({ hasText: fix.value }).first();
    await issue.waitFor();
    if (index === 0) await shot('problems');
    await issue.getByTestId('map-value').click();
    const dialog = page.locator('.mantine-Popover-dropdown');
    const input = dialog.locator('input[data-testid^="value-input-"]');
    await input.click();
    await input.fill(fix.to);
    const option = dialog.getByRole('option', { name: fix.to, exact: true });
    if (await option.count()) await option.first().click();
    if (index === 0) await shot('replace');
    await dialog.getByTestId('apply-value-map').click();
    await expect.poll(() => page.getByTestId('import-issue').filter({ hasText: fix.value }).count()).toBe(0);
  }

  await page
    .getByTestId('import-ok')
    .waitFor()
    .catch(async (error) => {
      await screenshot(page, 'import-debug');
      throw error;
    });
  await shot('checked');
  await page.getByTestId('run-import').click();
  await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
  await shot('done');
  const count = async (id: string) => Number((await page.getByTestId(id).textContent())?.replace(/\D/g, '') ?? NaN);
  return {
    created: await count('done-created'),
    updated: await count('done-updated'),
    unchanged: await count('done-unchanged'),
  };
};

const salesforceAccountRows = [
  ['Bluewater Spa', 'Customer', 'Hospitality', 'Boston', 'bluewater.example'],
  ['Cedar Clinic', 'Prospect', 'Healthcare', 'Hartford', 'cedar.example'],
  ['Dune Hotels', 'Customer', 'Hospitality', 'Providence', 'dune.example'],
] as const;

/** A small Salesforce "Accounts" export, with its headers. */
export const salesforceAccounts = (tag: string, owner: string): CsvFile => ({
  name: `salesforce-accounts-${tag}.csv`,
  text: csvOf([
    ['Account ID', 'Account Name', 'Type', 'Industry', 'Billing City', 'Billing Country', 'Website', 'Account Owner'],
    ...salesforceAccountRows.map(([name, type, industry, city, website], index) => [
      `0018d00000Ac${tag}${index + 1}`,
      `${name} ${tag}`,
      type,
      industry,
      city,
      'United States',
      website,
      owner,
    ]),
  ]),
});

/** The names of the opportunities in `salesforceOpportunities`. */
export const opportunityNames = (tag: string): string[] => [
  `Bluewater Spa - Saunas ${tag}`,
  `Cedar Clinic - Rowing line ${tag}`,
  `Dune Hotels - Gym refit ${tag}`,
];

// Per opportunity: its account, amount, close date, stage and probability as Salesforce writes them, type, source.
const salesforceOpportunityRows = [
  ['Bluewater Spa', '18500.00', '2026-12-18', 'Prospecting', '10', 'New Business', 'Web'],
  ['Cedar Clinic', '42000.00', '2027-01-29', 'Proposal/Price Quote', '75', 'New Business', 'Trade Show'],
  ['Dune Hotels', '9900.50', '2026-12-05', 'Negotiation/Review', '90', 'Existing Business', 'Partner'],
] as const;

/** A small Salesforce "Opportunities" export: its headers, and stage names as Salesforce writes them. */
export const salesforceOpportunities = (tag: string, owner: string): CsvFile => {
  const names = opportunityNames(tag);
  return {
    name: `salesforce-opportunities-${tag}.csv`,
    text: csvOf([
      [
        'Opportunity ID',
        'Opportunity Name',
        'Account Name',
        'Amount',
        'Opportunity Currency',
        'Close Date',
        'Stage',
        'Probability (%)',
        'Type',
        'Lead Source',
        'Opportunity Owner',
      ],
      ...salesforceOpportunityRows.map(([account, amount, closeDate, stage, probability, type, source], index) => [
        `0068d00000Aa${tag}${index + 1}`,
        names[index] ?? '',
        `${account} ${tag}`,
        amount,
        'USD',
        closeDate,
        stage,
        probability,
        type,
        source,
        owner,
      ]),
    ]),
  };
};

// Per lead: first and last name, company, title, e-mail domain, phone, source and status as Salesforce writes them.
const salesforceLeadRows = [
  ['Nora', 'Whitfield', 'Whitfield Rowing Club', 'Club manager', 'whitfield', '0101', 'Web', 'Working - Contacted'],
  ['Omar', 'Haddad', 'Haddad Physio', 'Owner', 'haddad', '0102', 'Partner Referral', 'Open - Not Contacted'],
  ['Lena', 'Park', 'Park Hotels', 'Facilities lead', 'parkhotels', '0103', 'Trade Show', 'Open - Not Contacted'],
] as const;

/** A small Salesforce "Leads" export, with its headers; the first lead is Nora Whitfield <tag>. */
export const salesforceLeads = (tag: string, owner: string): CsvFile => ({
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
    ...salesforceLeadRows.map(([first, last, company, title, domain, phone, source, status], index) => [
      `00Q8d00000Ld${tag}${index + 1}`,
      first,
      `${last} ${tag}`,
      `${company} ${tag}`,
      title,
      `${first.toLowerCase()}.${tag}@${domain}.example`,
      `+1 617 555 ${phone}`,
      source,
      status,
      owner,
    ]),
  ]),
});
