import { Button } from '@mantine/core';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import type { FilterDef } from '../records/record-filters';
import { RecordDrawer } from '../records/record-form';
import { RecordList } from '../records/record-list';
import { useCanWrite } from '../records/record-page';
import { leadSourceOptions, leadStatusOptions } from '../records/vocab';
import { useLeadColumns } from './lead-columns';
import { LeadForm } from './lead-form';

/** Every lead the person may see; overdue follow-ups stand out. */
export const LeadsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const [creating, setCreating] = useState(false);
  const columns = useLeadColumns();
  const filters = useMemo<FilterDef[]>(
    () => [
      { kind: 'select', key: 'status', label: t('leads.filters.status'), options: leadStatusOptions(t) },
      { kind: 'select', key: 'source', label: t('leads.filters.source'), options: leadSourceOptions(t) },
      { kind: 'yesNo', key: 'overdue', label: t('leads.filters.overdue') },
      { kind: 'dateRange', key: 'createdFrom', toKey: 'createdTo', label: t('leads.fields.createdRange') },
    ],
    [t],
  );
  const createButton = canWrite ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="create-lead">
      {t('leads.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('leads.title')} description={t('leads.subtitle')} actions={createButton} />
      <RecordList
        type="leads"
        columns={columns}
        filters={filters}
        defaultSort="-createdAt"
        searchPlaceholder={t('leads.search')}
        allLabel={t('leads.all')}
        countLabel={(count) => t('leads.count', { count })}
        nameOf={(lead) => lead.name}
        onOpen={(lead) => void navigate({ to: '/leads/$leadId', params: { leadId: lead.id } })}
        empty={{
          icon: <IconTargetArrow size={28} />,
          title: t('leads.empty.title'),
          description: t('leads.empty.body'),
          action: createButton,
        }}
      />
      <RecordDrawer
        target={creating ? {} : null}
        title={t('leads.form.createTitle')}
        formKey={() => 'new'}
        onClose={() => setCreating(false)}
      >
        {() => (
          <LeadForm
            lead={null}
            onCancel={() => setCreating(false)}
            onDone={(lead) => {
              setCreating(false);
              void navigate({ to: '/leads/$leadId', params: { leadId: lead.id } });
            }}
          />
        )}
      </RecordDrawer>
    </>
  );
};
