import { useQuery } from '@tanstack/react-query';
import { useLocation } from '@tanstack/react-router';
import { api } from '../../lib/api-client';
import type { SearchableType } from '../search/search-api';

/** The record an activity is about: an account, contact, lead or deal. */
export interface RecordRef {
  type: SearchableType;
  id: string;
  title: string;
  /** The account behind a contact or deal, so the activity shows on the account too. */
  accountId?: string | null | undefined;
}

const recordPage =
  /^\/(accounts|contacts|leads|deals)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;

/** The record whose page is open (/deals/$id and the like), or null elsewhere. */
export const useRecordInView = (): { type: SearchableType; id: string } | null => {
  const { pathname } = useLocation();
  const match = recordPage.exec(pathname);
  return match ? { type: match[1] as SearchableType, id: match[2] as string } : null;
};

interface RecordSummary {
  name: string;
  accountId?: string | null;
}

/** The record of the open page with its name, loaded only while the quick-log needs it. */
export const useCurrentRecord = (enabled: boolean): { record: RecordRef | null; loading: boolean } => {
  const inView = useRecordInView();
  const query = useQuery({
    queryKey: ['quick-log', 'record', inView?.type, inView?.id] as const,
    queryFn: ({ signal }) => api.get<RecordSummary>(`/${inView?.type}/${inView?.id}`, undefined, signal),
    enabled: enabled && inView !== null,
    staleTime: 60_000,
  });
  if (!inView || !query.data) return { record: null, loading: enabled && inView !== null && query.isPending };
  return {
    record: { type: inView.type, id: inView.id, title: query.data.name, accountId: query.data.accountId ?? null },
    loading: false,
  };
};
