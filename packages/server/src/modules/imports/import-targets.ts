import type { RecordType } from '@pacer/core';
import { accountImport } from '../accounts/accounts.import';
import { activityImport } from '../activities/activities.import';
import { contactImport } from '../contacts/contacts.import';
import { dealImport } from '../deals/deals.import';
import { estimateImport } from '../estimates/estimates.import';
import { leadImport } from '../leads/leads.import';
import { productImport } from '../products/products.import';
import type { ImportTarget } from './import-target';

/** Each record type's import adapter; the SQL that writes a type's rows lives in its own module. */
export const importTargets: Record<RecordType, ImportTarget> = {
  accounts: accountImport,
  contacts: contactImport,
  leads: leadImport,
  deals: dealImport,
  products: productImport,
  estimates: estimateImport,
  activities: activityImport,
};
