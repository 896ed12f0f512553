import { type Icon, IconAddressBook, IconBuilding, IconReportAnalytics, IconTargetArrow } from '@tabler/icons-react';
import type { SearchableType } from './search-api';

/** The same icons as the navigation, so a hit looks like the list it comes from. */
export const recordTypeIcons: Record<SearchableType, Icon> = {
  accounts: IconBuilding,
  contacts: IconAddressBook,
  leads: IconTargetArrow,
  deals: IconReportAnalytics,
};

/** Hits grouped by record type; the type of the best hit comes first, as the server ranks them. */
export const groupByType = <T extends { type: SearchableType }>(hits: readonly T[]) =>
  [...new Set(hits.map((hit) => hit.type))].map((type) => ({ type, hits: hits.filter((hit) => hit.type === type) }));
