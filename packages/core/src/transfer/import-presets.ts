import type { ImportPreset } from '../contracts/imports';
import type { RecordType } from '../crm/vocabulary';
import { importFieldSpecs } from './import-fields';

/**
 * The column headers of the standard exports of Salesforce (reports and list exports), HubSpot
 * and Pipedrive, mapped onto Pacer's import fields; and `pacer`, the headers Pacer's own export
 * writes, so that an export imports back unchanged.
 */
const salesforce: Partial<Record<RecordType, Record<string, string>>> = {
  accounts: {
    'Account ID': 'externalId',
    'Account Name': 'name',
    Website: 'domain',
    Industry: 'industry',
    Employees: 'employees',
    'Annual Revenue': 'annualRevenue',
    'Billing Street': 'street',
    'Billing City': 'city',
    'Billing Zip/Postal Code': 'postalCode',
    'Billing State/Province': 'state',
    'Billing Country': 'country',
    'Parent Account': 'parentAccount',
    'Account Owner': 'owner',
    'Created Date': 'createdAt',
  },
  contacts: {
    'Contact ID': 'externalId',
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Title: 'title',
    Email: 'email',
    Phone: 'phone',
    Mobile: 'mobile',
    'Mailing Street': 'street',
    'Mailing City': 'city',
    'Mailing Zip/Postal Code': 'postalCode',
    'Mailing State/Province': 'state',
    'Mailing Country': 'country',
    'Account Name': 'account',
    Description: 'notes',
    'Contact Owner': 'owner',
    'Created Date': 'createdAt',
  },
  leads: {
    'Lead ID': 'externalId',
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Company: 'company',
    Title: 'title',
    Email: 'email',
    Phone: 'phone',
    'Lead Source': 'source',
    'Lead Status': 'status',
    Description: 'notes',
    'Lead Owner': 'owner',
    'Created Date': 'createdAt',
  },
  deals: {
    'Opportunity ID': 'externalId',
    'Opportunity Name': 'name',
    'Account Name': 'account',
    Amount: 'amount',
    'Opportunity Currency': 'currency',
    'Close Date': 'closeDate',
    Stage: 'stage',
    'Opportunity Owner': 'owner',
    'Created Date': 'createdAt',
  },
  products: {
    'Product ID': 'externalId',
    'Product Name': 'name',
    'Product Code': 'sku',
    'Product Family': 'productLine',
    'List Price': 'listPrice',
    'Product Description': 'description',
  },
  activities: {
    'Activity ID': 'externalId',
    Subject: 'subject',
    'Task/Event Type': 'type',
    Type: 'type',
    Date: 'scheduledAt',
    'Due Date': 'scheduledAt',
    Status: 'done',
    'Call Result': 'outcome',
    'Call Type': 'direction',
    'Company / Account': 'account',
    Contact: 'contact',
    Opportunity: 'deal',
    Comments: 'notes',
    'Full Comments': 'notes',
    'Assigned To': 'owner',
    Assigned: 'owner',
    'Created Date': 'createdAt',
  },
};

const hubspot: Partial<Record<RecordType, Record<string, string>>> = {
  accounts: {
    'Record ID': 'externalId',
    'Company name': 'name',
    'Company Domain Name': 'domain',
    Industry: 'industry',
    'Number of Employees': 'employees',
    'Annual Revenue': 'annualRevenue',
    'Street Address': 'street',
    City: 'city',
    'Postal Code': 'postalCode',
    'State/Region': 'state',
    'Country/Region': 'country',
    'Company owner': 'owner',
    'Create Date': 'createdAt',
  },
  contacts: {
    'Record ID': 'externalId',
    'First Name': 'firstName',
    'Last Name': 'lastName',
    Email: 'email',
    'Phone Number': 'phone',
    'Mobile Phone Number': 'mobile',
    'Job Title': 'title',
    'Street Address': 'street',
    City: 'city',
    'Postal Code': 'postalCode',
    'State/Region': 'state',
    'Country/Region': 'country',
    'Company Name': 'account',
    'Associated Company': 'account',
    'Contact owner': 'owner',
    'Create Date': 'createdAt',
  },
  deals: {
    'Record ID': 'externalId',
    'Deal Name': 'name',
    Amount: 'amount',
    'Close Date': 'closeDate',
    'Deal Stage': 'stage',
    Pipeline: 'pipeline',
    'Deal owner': 'owner',
    'Associated Company': 'account',
    'Create Date': 'createdAt',
  },
};

const pipedrive: Partial<Record<RecordType, Record<string, string>>> = {
  accounts: {
    'Organization - ID': 'externalId',
    'Organization - Name': 'name',
    'Organization - Address': 'street',
    'Organization - Address - City/town/village/locality': 'city',
    'Organization - Address - ZIP/Postal code': 'postalCode',
    'Organization - Address - State/County': 'state',
    'Organization - Address - Country': 'country',
    'Organization - Owner': 'owner',
    'Organization - Organization created': 'createdAt',
  },
  contacts: {
    'Person - ID': 'externalId',
    'Person - Name': 'fullName',
    'Person - First name': 'firstName',
    'Person - Last name': 'lastName',
    'Person - Email': 'email',
    'Person - Email - Work': 'email',
    'Person - Phone': 'phone',
    'Person - Phone - Work': 'phone',
    'Person - Phone - Mobile': 'mobile',
    'Person - Job title': 'title',
    'Person - Organization': 'account',
    'Person - Owner': 'owner',
    'Person - Person created': 'createdAt',
  },
  deals: {
    'Deal - ID': 'externalId',
    'Deal - Title': 'name',
    'Deal - Value': 'amount',
    'Deal - Currency': 'currency',
    'Deal - Organization': 'account',
    'Deal - Pipeline': 'pipeline',
    'Deal - Stage': 'stage',
    'Deal - Status': 'status',
    'Deal - Expected close date': 'expectedCloseDate',
    'Deal - Deal closed on': 'closedOn',
    'Deal - Lost reason': 'lostReason',
    'Deal - Owner': 'owner',
    'Deal - Deal created': 'createdAt',
  },
  activities: {
    'Activity - ID': 'externalId',
    'Activity - Subject': 'subject',
    'Activity - Type': 'type',
    'Activity - Due date': 'scheduledAt',
    'Activity - Due time': 'scheduledTime',
    'Activity - Duration': 'durationMinutes',
    'Activity - Done': 'done',
    'Activity - Marked as done time': 'completedAt',
    'Activity - Note': 'notes',
    'Activity - Location': 'location',
    'Activity - Organization': 'account',
    'Activity - Contact person': 'contact',
    'Activity - Deal': 'deal',
    'Activity - Assigned to user': 'owner',
    'Activity - Add time': 'createdAt',
  },
};

/** Fields Pacer's export does not write: they only exist to read other systems' files. */
const importOnly = new Set(['fullName', 'closeDate', 'status:deals', 'scheduledTime', 'done', 'product', 'email2']);

/** The headers of Pacer's own export of a record type: the field labels, owner as e-mail. */
export const pacerColumns = (recordType: RecordType): Record<string, string> =>
  Object.fromEntries(
    importFieldSpecs[recordType]
      .filter((f) => !importOnly.has(f.key) && !importOnly.has(`${f.key}:${recordType}`))
      .map((f) => [f.label, f.key]),
  );

const systems = [
  { key: 'salesforce', label: 'Salesforce', columns: salesforce },
  { key: 'hubspot', label: 'HubSpot', columns: hubspot },
  { key: 'pipedrive', label: 'Pipedrive', columns: pipedrive },
] as const;

const recordTypeLabels: Record<RecordType, string> = {
  accounts: 'accounts',
  contacts: 'contacts',
  leads: 'leads',
  deals: 'deals',
  products: 'products',
  estimates: 'estimates',
  activities: 'activities',
};

/** Every preset: one per system and record type it exports. */
export const importPresets: ImportPreset[] = [
  ...systems.flatMap((system) =>
    Object.entries(system.columns).map(([recordType, columns]) => ({
      key: system.key,
      label: `${system.label} ${recordTypeLabels[recordType as RecordType]}`,
      recordType: recordType as RecordType,
      columns,
    })),
  ),
  ...(Object.keys(importFieldSpecs) as RecordType[]).map((recordType) => ({
    key: 'pacer',
    label: `Pacer ${recordTypeLabels[recordType]}`,
    recordType,
    columns: pacerColumns(recordType),
  })),
];

const headerKey = (header: string) => header.trim().toLowerCase();

/** The preset whose columns the headers match best (at least two, and half of the headers), or null. */
export const detectPreset = (recordType: RecordType, headers: readonly string[]): ImportPreset | null => {
  let best: { preset: ImportPreset; hits: number } | null = null;
  const seen = new Set(headers.map(headerKey));
  for (const preset of importPresets) {
    if (preset.recordType !== recordType) continue;
    const known = new Set(Object.keys(preset.columns).map(headerKey));
    const hits = [...seen].filter((h) => known.has(h)).length;
    if (hits >= 2 && hits * 2 >= seen.size && (!best || hits > best.hits)) best = { preset, hits };
  }
  return best?.preset ?? null;
};
