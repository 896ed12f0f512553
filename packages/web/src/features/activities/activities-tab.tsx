import type { Activity } from '@pacer/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListSearch } from '../records/record-api';
import { pickColumns } from '../records/record-columns';
import type { RecordTab } from '../records/record-tabs';
import { useRelatedTab } from '../records/related-list';
import { useActivityColumns } from './activity-columns';
import { ActivityDrawer } from './activity-drawer';

/** A record page's tab of its activities (`{ dealId }`, say); a click opens one for editing. */
export const useActivitiesTab = (filter: ListSearch): RecordTab => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Activity | null>(null);
  const tab = useRelatedTab<Activity>({
    type: 'activities',
    filter,
    label: t('nav.activities'),
    columns: pickColumns(useActivityColumns(), ['subject', 'outcome', 'when', 'ownerName']),
    onOpen: setEditing,
  });
  return {
    ...tab,
    panel: (
      <>
        {tab.panel}
        <ActivityDrawer activity={editing} onClose={() => setEditing(null)} />
      </>
    ),
  };
};
