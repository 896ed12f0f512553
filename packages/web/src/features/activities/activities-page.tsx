import type { Activity } from '@pacer/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import type { FilterDef } from '../records/record-filters';
import { RecordList } from '../records/record-list';
import { activityTypeOptions, outcomeOptions } from '../records/vocab';
import { useActivityColumns } from './activity-columns';
import { ActivityDrawer } from './activity-drawer';

/** Every activity the person may see; a click opens it for editing. Logging lives in the quick-log. */
export const ActivitiesPage = () => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Activity | null>(null);
  const columns = useActivityColumns();
  const filters = useMemo<FilterDef[]>(
    () => [
      { kind: 'select', key: 'type', label: t('activities.fields.type'), options: activityTypeOptions(t) },
      { kind: 'select', key: 'outcome', label: t('activities.fields.outcome'), options: outcomeOptions(t) },
      {
        kind: 'select',
        key: 'state',
        label: t('activities.filters.state'),
        options: [
          { value: 'done', label: t('activities.filters.done') },
          { value: 'planned', label: t('activities.planned') },
        ],
      },
      { kind: 'dateRange', key: 'from', toKey: 'to', label: t('activities.filters.dates') },
      { kind: 'record', key: 'accountId', label: t('records.fields.account'), recordType: 'accounts' },
      { kind: 'record', key: 'contactId', label: t('records.fields.contact'), recordType: 'contacts' },
      { kind: 'record', key: 'dealId', label: t('records.fields.deal'), recordType: 'deals' },
    ],
    [t],
  );

  return (
    <>
      <PageHeader title={t('activities.title')} description={t('activities.subtitle')} />
      <RecordList
        type="activities"
        columns={columns}
        filters={filters}
        defaultSort="-completedAt"
        nameOf={(activity) => activity.subject ?? activity.type}
        onOpen={setEditing}
        emptyIcon={<IconPhoneCall size={28} />}
      />
      <ActivityDrawer activity={editing} onClose={() => setEditing(null)} />
    </>
  );
};
