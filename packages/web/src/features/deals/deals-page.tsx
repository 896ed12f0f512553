import { SegmentedControl } from '@mantine/core';
import { IconLayoutKanban, IconList, IconReportAnalytics } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { namedOptions } from '../../lib/format';
import { pipelinesQuery, stageOptions } from '../pipelines/pipelines-api';
import { useProductLineOptions } from '../products/products-api';
import { useCreateRecord } from '../records/create-record';
import type { FilterDef } from '../records/record-filters';
import { useOpenRecord } from '../records/record-links';
import { RecordList } from '../records/record-list';
import { stageKindOptions } from '../records/vocab';
import { useDealColumns } from './deal-columns';
import { DealForm } from './deal-form';
import { BulkStageButton } from './stage-change';

/** List or board: the deals page and the pipeline board are two views of the same deals. */
export const DealsViewToggle = ({ value }: { value: 'list' | 'board' }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <SegmentedControl
      value={value}
      onChange={(next) => void navigate({ to: next === 'board' ? '/deals/board' : '/deals' })}
      data={[
        { value: 'list', label: <IconLabel icon={<IconList size={16} />} label={t('deals.list')} /> },
        { value: 'board', label: <IconLabel icon={<IconLayoutKanban size={16} />} label={t('deals.board')} /> },
      ]}
      data-testid="deals-view-toggle"
    />
  );
};

const IconLabel = ({ icon, label }: { icon: React.ReactNode; label: string }) => (
  <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
    {icon}
    {label}
  </span>
);

/** Every deal the person may see, as a list to filter, sort, save, export and move in bulk. */
export const DealsPage = () => {
  const { t } = useTranslation();
  const openRecord = useOpenRecord();
  const pipelines = useQuery(pipelinesQuery);
  const productLines = useProductLineOptions();
  const columns = useDealColumns();
  const filters = useMemo<FilterDef[]>(
    () => [
      {
        kind: 'select',
        key: 'pipelineId',
        label: t('deals.fields.pipeline'),
        options: namedOptions(pipelines.data),
      },
      {
        kind: 'select',
        key: 'stageId',
        label: t('deals.fields.stage'),
        options: stageOptions(pipelines.data ?? []).flatMap((option) =>
          'items' in option
            ? option.items.map((item) => ({ ...item, label: `${option.group} · ${item.label}` }))
            : [option],
        ),
      },
      {
        kind: 'select',
        key: 'stageKind',
        label: t('deals.fields.stageKind'),
        options: stageKindOptions(t),
      },
      { kind: 'record', key: 'accountId', label: t('records.fields.account'), recordType: 'accounts' },
      {
        kind: 'select',
        key: 'productLineId',
        label: t('records.fields.productLine'),
        options: productLines,
      },
      { kind: 'dateRange', key: 'expectedFrom', toKey: 'expectedTo', label: t('deals.fields.expectedRange') },
      { kind: 'dateRange', key: 'closedFrom', toKey: 'closedTo', label: t('deals.fields.closedRange') },
      { kind: 'text', key: 'minAmount', label: t('deals.fields.minAmount') },
      { kind: 'text', key: 'maxAmount', label: t('deals.fields.maxAmount') },
    ],
    [t, pipelines.data, productLines],
  );
  const create = useCreateRecord({
    label: t('deals.new'),
    title: t('deals.form.createTitle'),
    testId: 'create-deal',
    form: (close) => (
      <DealForm
        deal={null}
        onCancel={close}
        onDone={(deal) => {
          close();
          openRecord('deals', deal.id);
        }}
      />
    ),
  });

  return (
    <>
      <PageHeader
        title={t('deals.title')}
        description={t('deals.subtitle')}
        actions={
          <>
            <DealsViewToggle value="list" />
            {create.button}
          </>
        }
      />
      <RecordList
        type="deals"
        columns={columns}
        filters={filters}
        defaultSort="-createdAt"
        nameOf={(deal) => deal.name}
        onOpen={(deal) => openRecord('deals', deal.id)}
        bulkExtra={(context) => <BulkStageButton {...context} />}
        emptyIcon={<IconReportAnalytics size={28} />}
        emptyAction={create.button}
      />
      {create.drawer}
    </>
  );
};
