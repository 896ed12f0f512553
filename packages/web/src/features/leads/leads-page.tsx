import { IconTargetArrow } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { useCreateRecord } from '../records/create-record';
import type { FilterDef } from '../records/record-filters';
import { useOpenRecord } from '../records/record-links';
import { RecordList } from '../records/record-list';
import { leadSourceOptions, leadStatusOptions } from '../records/vocab';
import { useLeadColumns } from './lead-columns';
import { LeadForm } from './lead-form';

/** Every lead the person may see; overdue follow-ups stand out. */
export const LeadsPage = () => {
  const { t } = useTranslation();
  const openRecord = useOpenRecord();
  const columns = useLeadColumns();
  const filters = useMemo<FilterDef[]>(
    () => [
      { kind: 'select', key: 'status', label: t('leads.fields.status'), options: leadStatusOptions(t) },
      { kind: 'select', key: 'source', label: t('leads.fields.source'), options: leadSourceOptions(t) },
      { kind: 'yesNo', key: 'overdue', label: t('leads.overdue') },
      { kind: 'dateRange', key: 'createdFrom', toKey: 'createdTo', label: t('leads.fields.createdRange') },
    ],
    [t],
  );
  const create = useCreateRecord({
    label: t('leads.new'),
    title: t('leads.form.createTitle'),
    testId: 'create-lead',
    form: (close) => (
      <LeadForm
        lead={null}
        onCancel={close}
        onDone={(lead) => {
          close();
          openRecord('leads', lead.id);
        }}
      />
    ),
  });

  return (
    <>
      <PageHeader title={t('leads.title')} description={t('leads.subtitle')} actions={create.button} />
      <RecordList
        type="leads"
        columns={columns}
        filters={filters}
        defaultSort="-createdAt"
        nameOf={(lead) => lead.name}
        onOpen={(lead) => openRecord('leads', lead.id)}
        emptyIcon={<IconTargetArrow size={28} />}
        emptyAction={create.button}
      />
      {create.drawer}
    </>
  );
};
