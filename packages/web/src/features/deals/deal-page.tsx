import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { DealDetail } from '@pacer/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatDecimal } from '../../lib/format';
import { useActivitiesTab } from '../activities/activities-tab';
import { pipelinesQuery } from '../pipelines/pipelines-api';
import { RecordDetails, SectionCard } from '../records/record-details';
import { linkedRecord } from '../records/record-links';
import { RecordPageLayout, RecordPageState } from '../records/record-page';
import { RecordTabs } from '../records/record-tabs';
import { usePrefetchTimeline } from '../records/record-timeline';
import { usePrefetchRelated } from '../records/related-list';
import { salesRoleLabel } from '../records/vocab';
import { StageBadge } from './deal-columns';
import { DealForm } from './deal-form';
import { DealFigures, LineItems } from './deal-money';
import { dealQuery } from './deals-api';
import { StageChangeModal } from './stage-change';
import { StageHistory } from './stage-history';

const DealDetails = ({ deal }: { deal: DealDetail }) => {
  const { t } = useTranslation();
  const pipelines = useQuery(pipelinesQuery);
  const pipeline = pipelines.data?.find((candidate) => candidate.id === deal.pipelineId);
  return (
    <RecordDetails
      type="deals"
      record={deal}
      fields={[
        {
          label: t('records.fields.account'),
          value: linkedRecord('accounts', deal.accountId, deal.accountName, { size: 'sm' }),
        },
        { label: t('deals.fields.pipeline'), value: pipeline?.name },
        { label: t('deals.fields.stage'), value: <StageBadge deal={deal} /> },
        { label: t('deals.fields.probability'), value: `${deal.probability} %` },
        { label: t('deals.fields.expectedCloseDate'), value: formatDay(deal.expectedCloseDate) },
        { label: t('deals.fields.closedOn'), value: formatDay(deal.closedOn), optional: true },
        {
          label: t('deals.fields.invoicePaidOn'),
          value: deal.invoicePaidOn ? formatDay(deal.invoicePaidOn) : t('deals.fields.invoiceUnpaid'),
          // Only a won deal has an invoice to pay; one reopened since keeps the day it was paid.
          optional: deal.stageKind !== 'won' && !deal.invoicePaidOn,
        },
        { label: t('deals.fields.lostReason'), value: deal.lostReason, optional: true },
        { label: t('deals.fields.competitor'), value: deal.competitor, optional: true },
        {
          label: t('deals.fields.sourceLead'),
          value: linkedRecord('leads', deal.sourceLeadId, t('deals.fields.sourceLead'), { size: 'sm' }),
          optional: true,
        },
      ]}
    />
  );
};

const DealPeople = ({ deal }: { deal: DealDetail }) => {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('deals.fields.contacts')}>
      {deal.contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('records.page.noneYet')}
        </Text>
      ) : (
        <Stack gap={4}>
          {deal.contacts.map((contact) => (
            <Group key={contact.contactId} gap={6} justify="space-between" wrap="nowrap">
              {linkedRecord('contacts', contact.contactId, contact.name, { size: 'sm', truncate: true })}
              {contact.role ? (
                <Text size="xs" c="dimmed">
                  {contact.role}
                </Text>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      <Title order={5} mt="lg" mb="xs">
        {t('deals.splits.title')}
      </Title>
      {deal.splits.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deals.splits.empty')}
        </Text>
      ) : (
        <Stack gap={4} data-testid="deal-splits">
          {deal.splits.map((split) => (
            <Group key={split.userId} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" truncate>
                {split.userName}
                {split.role ? (
                  <Text span size="xs" c="dimmed" ml={6}>
                    {salesRoleLabel(t, split.role)}
                  </Text>
                ) : null}
              </Text>
              <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatDecimal(split.percent)} %
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
};

const DealActivity = ({ deal }: { deal: DealDetail }) => {
  const { t } = useTranslation();
  const activities = useActivitiesTab({ dealId: deal.id });
  const history = {
    value: 'history',
    label: t('deals.history.title'),
    panel: <StageHistory dealId={deal.id} currency={deal.currency} />,
  };
  return <RecordTabs type="deals" id={deal.id} tabs={[history, activities]} />;
};

/** One deal: its money, stage and history, who works it and who gets the credit. */
export const DealPage = () => {
  const { t } = useTranslation();
  const { dealId } = useParams({ from: '/app/deals/$dealId' });
  const deal = useQuery(dealQuery(dealId));
  usePrefetchTimeline('deals', dealId);
  usePrefetchRelated('activities', { dealId });
  const [moving, setMoving] = useState(false);

  return (
    <RecordPageState query={deal}>
      {(record) => (
        <RecordPageLayout
          type="deals"
          record={record}
          back={{ to: '/deals', label: t('deals.title') }}
          subtitle={linkedRecord('accounts', record.accountId, record.accountName, { inherit: true })}
          badges={<StageBadge deal={record} />}
          actions={
            <Button
              leftSection={<IconArrowsExchange size={16} />}
              onClick={() => setMoving(true)}
              data-testid="change-stage"
            >
              {t('deals.stage.change')}
            </Button>
          }
          editTitle={t('deals.form.editTitle')}
          editForm={(target, close) => <DealForm deal={target} onCancel={close} onDone={close} />}
          notices={<DealFigures deal={record} />}
          aside={
            <>
              <DealDetails deal={record} />
              <DealPeople deal={record} />
            </>
          }
          main={
            <>
              <LineItems deal={record} />
              <DealActivity deal={record} />
            </>
          }
        >
          <StageChangeModal deal={moving ? record : null} onClose={() => setMoving(false)} />
        </RecordPageLayout>
      )}
    </RecordPageState>
  );
};
