import { Button, SegmentedControl } from '@mantine/core';
import type { Estimate } from '@pacer/core';
import { IconFileInvoice, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { useCan } from '../auth/session';
import { useProductLineOptions } from '../products/products-api';
import type { FilterDef } from '../records/record-filters';
import { RecordDrawer } from '../records/record-form';
import { RecordList } from '../records/record-list';
import { estimateStatusOptions } from '../records/vocab';
import { useEstimateColumns } from './estimate-columns';
import { EstimateForm } from './estimate-form';

/** The list and the rep × month summary are two views of the same estimates. */
export const EstimatesViewToggle = ({ value }: { value: 'list' | 'summary' }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <SegmentedControl
      value={value}
      onChange={(next) => void navigate({ to: next === 'summary' ? '/estimates/summary' : '/estimates' })}
      data={[
        { value: 'list', label: t('estimates.list') },
        { value: 'summary', label: t('estimates.summary') },
      ]}
    />
  );
};

/** Every estimate the person may see: filter, sort, save, export; a click opens it for editing. */
export const EstimatesPage = () => {
  const { t } = useTranslation();
  const canWrite = useCan('crm:write');
  const productLines = useProductLineOptions();
  const [editing, setEditing] = useState<Estimate | 'new' | null>(null);
  const columns = useEstimateColumns();
  const filters = useMemo<FilterDef[]>(
    () => [
      { kind: 'select', key: 'status', label: t('estimates.fields.status'), options: estimateStatusOptions(t) },
      { kind: 'select', key: 'productLineId', label: t('records.fields.productLine'), options: productLines },
      { kind: 'record', key: 'accountId', label: t('records.fields.account'), recordType: 'accounts' },
      { kind: 'dateRange', key: 'from', toKey: 'to', label: t('estimates.fields.dates') },
    ],
    [t, productLines],
  );
  const createButton = canWrite ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')} data-testid="create-estimate">
      {t('estimates.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('estimates.title')}
        description={t('estimates.subtitle')}
        actions={
          <>
            <EstimatesViewToggle value="list" />
            {createButton}
          </>
        }
      />
      <RecordList
        type="estimates"
        columns={columns}
        filters={filters}
        defaultSort="-estimateDate"
        nameOf={(estimate) => estimate.number ?? estimate.accountName}
        onOpen={(estimate) => setEditing(estimate)}
        emptyIcon={<IconFileInvoice size={28} />}
        emptyAction={createButton}
      />
      <RecordDrawer
        target={editing}
        title={t(editing === 'new' ? 'estimates.form.createTitle' : 'estimates.form.editTitle')}
        formKey={(target) => (target === 'new' ? 'new' : target.id)}
        onClose={() => setEditing(null)}
      >
        {(target) => (
          <EstimateForm
            estimate={target === 'new' ? null : target}
            onCancel={() => setEditing(null)}
            onDone={() => setEditing(null)}
          />
        )}
      </RecordDrawer>
    </>
  );
};
