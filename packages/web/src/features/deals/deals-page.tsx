import { Button, SegmentedControl } from '@mantine/core';
import { stageKinds } from '@pacer/core';
import { IconLayoutKanban, IconList, IconPlus, IconReportAnalytics } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { pipelinesQuery, stageOptions } from '../pipelines/pipelines-api';
import { productLinesQuery } from '../products/products-api';
import type { FilterDef } from '../records/record-filters';
import { RecordDrawer } from '../records/record-form';
import { RecordList } from '../records/record-list';
import { useCanWrite } from '../records/record-page';
import { stageKindLabel } from '../records/vocab';
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
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const pipelines = useQuery(pipelinesQuery);
  const lines = useQuery(productLinesQuery());
  const [creating, setCreating] = useState(false);
  const columns = useDealColumns();
  const filters = useMemo<FilterDef[]>(
    () => [
      {
        kind: 'select',
        key: 'pipelineId',
        label: t('deals.fields.pipeline'),
        options: (pipelines.data ?? []).map((pipeline) => ({ value: pipeline.id, label: pipeline.name })),
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
        options: stageKinds.map((kind) => ({ value: kind, label: stageKindLabel(t, kind) })),
      },
      { kind: 'record', key: 'accountId', label: t('deals.fields.account'), recordType: 'accounts' },
      {
        kind: 'select',
        key: 'productLineId',
        label: t('deals.fields.productLine'),
        options: (lines.data ?? []).map((line) => ({ value: line.id, label: line.name })),
      },
      { kind: 'dateRange', key: 'expectedFrom', toKey: 'expectedTo', label: t('deals.fields.expectedRange') },
      { kind: 'dateRange', key: 'closedFrom', toKey: 'closedTo', label: t('deals.fields.closedRange') },
      { kind: 'text', key: 'minAmount', label: t('deals.fields.minAmount') },
      { kind: 'text', key: 'maxAmount', label: t('deals.fields.maxAmount') },
    ],
    [t, pipelines.data, lines.data],
  );
  const createButton = canWrite ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="create-deal">
      {t('deals.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('deals.title')}
        description={t('deals.subtitle')}
        actions={
          <>
            <DealsViewToggle value="list" />
            {createButton}
          </>
        }
      />
      <RecordList
        type="deals"
        columns={columns}
        filters={filters}
        defaultSort="-createdAt"
        searchPlaceholder={t('deals.search')}
        allLabel={t('deals.all')}
        countLabel={(count) => t('deals.count', { count })}
        nameOf={(deal) => deal.name}
        onOpen={(deal) => void navigate({ to: '/deals/$dealId', params: { dealId: deal.id } })}
        bulkExtra={(context) => <BulkStageButton {...context} />}
        empty={{
          icon: <IconReportAnalytics size={28} />,
          title: t('deals.empty.title'),
          description: t('deals.empty.body'),
          action: createButton,
        }}
      />
      <RecordDrawer
        target={creating ? {} : null}
        title={t('deals.form.createTitle')}
        formKey={() => 'new'}
        onClose={() => setCreating(false)}
      >
        {() => (
          <DealForm
            deal={null}
            onCancel={() => setCreating(false)}
            onDone={(deal) => {
              setCreating(false);
              void navigate({ to: '/deals/$dealId', params: { dealId: deal.id } });
            }}
          />
        )}
      </RecordDrawer>
    </>
  );
};
