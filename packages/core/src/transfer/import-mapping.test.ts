import { describe, expect, it } from 'vitest';
import { importMappingSchema } from '../contracts/imports';
import { importFieldSpecs } from './import-fields';
import { compileMapping, IssueList, suggestMapping } from './import-mapping';
import { detectPreset, importPresets, pacerColumns } from './import-presets';

const context = { dateFormat: 'iso' as const, today: '2026-03-02' };
const mappingOf = (input: Record<string, unknown>) => importMappingSchema.parse(input);

describe('presets', () => {
  it('recognises a Salesforce opportunity export and suggests its mapping', () => {
    const headers = [
      'Opportunity Name',
      'Account Name',
      'Amount',
      'Close Date',
      'Stage',
      'Opportunity Owner',
      'Probability (%)',
    ];
    const preset = detectPreset('deals', headers);
    expect(preset?.key).toBe('salesforce');
    expect(suggestMapping(importFieldSpecs.deals, headers, preset)).toEqual({
      'Opportunity Name': 'name',
      'Account Name': 'account',
      Amount: 'amount',
      'Close Date': 'closeDate',
      Stage: 'stage',
      'Opportunity Owner': 'owner',
      'Probability (%)': null,
    });
  });

  it('recognises HubSpot, Pipedrive and Pacer’s own headers', () => {
    expect(detectPreset('accounts', ['Record ID', 'Company name', 'Company Domain Name', 'Industry'])?.key).toBe(
      'hubspot',
    );
    expect(detectPreset('deals', ['Deal - ID', 'Deal - Title', 'Deal - Value', 'Deal - Stage'])?.key).toBe('pipedrive');
    expect(detectPreset('activities', Object.keys(pacerColumns('activities')))?.key).toBe('pacer');
    expect(detectPreset('deals', ['foo', 'bar', 'Amount'])).toBeNull();
  });

  it('maps every preset column to a field of its record type', () => {
    for (const preset of importPresets) {
      const keys = new Set(importFieldSpecs[preset.recordType].map((f) => f.key));
      for (const key of Object.values(preset.columns)) expect(keys, `${preset.label}: ${key}`).toContain(key);
    }
  });

  it('falls back to field names and labels, never filling one field twice', () => {
    const mapping = suggestMapping(importFieldSpecs.accounts, ['name', 'Annual revenue', 'NAME', 'whatever'], null);
    expect(mapping).toEqual({ name: 'name', 'Annual revenue': 'annualRevenue', NAME: null, whatever: null });
  });
});

describe('compiled mappings', () => {
  const headers = ['Id', 'Name', 'Amount', 'Close', 'Stage', 'Product', 'Account'];
  const deals = importFieldSpecs.deals;

  it('reports mapping mistakes by path', () => {
    const { problems } = compileMapping(
      importFieldSpecs.products,
      headers,
      mappingOf({
        columns: { Nope: 'name', Name: 'nonsense', Amount: 'listPrice', Close: 'listPrice' },
        defaults: { currency: 'dollars', wrong: 'x' },
        valueMaps: { sku: { a: 'b' } },
      }),
      context,
    );
    expect(problems).toEqual([
      { path: 'columns.Nope', message: 'The file has no such column' },
      { path: 'columns.Name', message: 'Unknown field "nonsense"' },
      { path: 'columns.Close', message: 'Another column fills List Price' },
      { path: 'defaults.currency', message: 'Not a currency code like USD' },
      { path: 'defaults.wrong', message: 'Unknown field' },
      { path: 'valueMaps.sku', message: 'No column fills this field' },
      { path: 'columns', message: 'Map a column to Name or give it a default' },
    ]);
  });

  it('applies value maps, then defaults, then reads each cell; bad cells are issues with row and column', () => {
    const { mapper, problems } = compileMapping(
      deals,
      headers,
      mappingOf({
        columns: {
          Id: 'externalId',
          Amount: 'amount',
          Close: 'closeDate',
          Stage: 'stage',
          Product: 'product',
          Account: 'account',
        },
        valueMaps: { product: { GTXPro: 'GTX Pro' } },
        defaults: { stage: 'Prospecting', currency: 'usd' },
        dateFormat: 'dmy',
      }),
      context,
    );
    expect(problems).toEqual([]);
    const keys = mapper.fields.map((f) => f.key);
    const issues = new IssueList();
    const row = (cells: string[], line: number) => {
      const values = mapper.map(cells, line, issues);
      return Object.fromEntries(keys.map((k, i) => [k, values[i]]));
    };
    expect(row(['A1', '', '$1,000', '31/12/2017', '', 'gtxpro', 'Acme'], 2)).toMatchObject({
      externalId: 'A1',
      name: 'Acme – GTX Pro',
      amount: '1000',
      closeDate: '2017-12-31',
      stage: 'Prospecting',
      product: 'GTX Pro',
      currency: 'USD',
    });
    expect(row(['A2', '', 'lots', '31/13/2017', 'Won', '', ''], 3)).toMatchObject({
      name: 'A2',
      amount: null,
      closeDate: null,
    });
    expect(issues.issues).toEqual([
      { row: 3, field: 'amount', column: 'Amount', value: 'lots', message: 'Not an amount: use a number like 1234.50' },
      { row: 3, field: 'closeDate', column: 'Close', value: '31/13/2017', message: 'Not a calendar date' },
    ]);
  });

  it('splits full names, undoes spreadsheet quoting and reports missing required values', () => {
    const { mapper, problems } = compileMapping(
      importFieldSpecs.contacts,
      ['Name', 'Phone'],
      mappingOf({ columns: { Name: 'fullName', Phone: 'phone' } }),
      context,
    );
    expect(problems).toEqual([]);
    const issues = new IssueList();
    const keys = mapper.fields.map((f) => f.key);
    const values = mapper.map(['Mary Ann Smith', "'+1 555 0100"], 2, issues);
    expect(Object.fromEntries(keys.map((k, i) => [k, values[i]]))).toMatchObject({
      firstName: 'Mary Ann',
      lastName: 'Smith',
      phone: '+1 555 0100',
    });
    mapper.map(['', ''], 3, issues);
    expect(issues.issues).toEqual([
      { row: 3, field: 'lastName', column: null, value: null, message: 'Last Name is required' },
    ]);
  });

  it('keeps custom field values together as one JSON object', () => {
    const fields = [
      ...importFieldSpecs.accounts,
      { key: 'custom.tier', label: 'Tier', required: false, type: 'enum' as const, options: ['gold', 'silver'] },
      { key: 'custom.score', label: 'Score', required: false, type: 'amount' as const },
    ];
    const { mapper } = compileMapping(
      fields,
      ['Name', 'Tier', 'Score'],
      mappingOf({ columns: { Name: 'name', Tier: 'custom.tier', Score: 'custom.score' } }),
      context,
    );
    const issues = new IssueList();
    expect(mapper.map(['Acme', 'Gold', '4,5'], 2, issues).at(-1)).toBe('{"tier":"gold","score":4.5}');
    expect(mapper.map(['Acme', 'bronze', ''], 3, issues).at(-1)).toBe('{"score":null}');
    expect(issues.count).toBe(1);
  });

  it('keeps only the first problems but counts them all', () => {
    const issues = new IssueList(2);
    for (let i = 0; i < 5; i++) issues.add({ row: i, field: null, column: null, value: null, message: 'x' });
    expect(issues.issues).toHaveLength(2);
    expect(issues.count).toBe(5);
  });
});
