import { Button, Card, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import type { Activity, DealDetail } from '@pacer/core';
import { IconArrowsExchange, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { formatDate, formatDay, formatDecimal } from '../../lib/format';
import { useActivityColumns } from '../activities/activity-columns';
import { ActivityDrawer } from '../activities/activity-drawer';
import { useCustomFieldRows } from '../custom-fields/custom-field-inputs';
import { pipelinesQuery } from '../pipelines/pipelines-api';
import { pickColumns } from '../records/record-columns';
import { RecordDrawer } from '../records/record-form';
import {
  ArchivedBadge,
  ArchivedNotice,
  FieldList,
  RecordHeader,
  RecordMenu,
  RecordPageState,
  SectionCard,
  useCanWrite,
} from '../records/record-page';
import { RecordTimeline, usePrefetchTimeline } from '../records/record-timeline';
import { RelatedList, relatedCount, usePrefetchRelated, useRelated } from '../records/related-list';
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
  const custom = useCustomFieldRows('deals', deal.custom);
  const pipeline = pipelines.data?.find((candidate) => candidate.id === deal.pipelineId);
  return (
    <SectionCard title={t('records.page.details')}>
      <FieldList
        fields={[
          {
            label: t('deals.fields.account'),
            value: deal.accountId ? (
              <AnchorLink to="/accounts/$accountId" params={{ accountId: deal.accountId }} size="sm">
                {deal.accountName}
              </AnchorLink>
            ) : null,
          },
          { label: t('deals.fields.pipeline'), value: pipeline?.name },
          { label: t('deals.fields.stage'), value: <StageBadge deal={deal} /> },
          { label: t('deals.fields.probability'), value: `${deal.probability} %` },
          { label: t('deals.fields.expectedCloseDate'), value: formatDay(deal.expectedCloseDate) },
          { label: t('deals.fields.closedOn'), value: formatDay(deal.closedOn), optional: true },
          { label: t('deals.fields.lostReason'), value: deal.lostReason, optional: true },
          { label: t('deals.fields.competitor'), value: deal.competitor, optional: true },
          {
            label: t('deals.fields.sourceLead'),
            value: deal.sourceLeadId ? (
              <AnchorLink to="/leads/$leadId" params={{ leadId: deal.sourceLeadId }} size="sm">
                {t('deals.fields.sourceLead')}
              </AnchorLink>
            ) : null,
            optional: true,
          },
          { label: t('records.page.owner'), value: deal.ownerName },
          ...custom,
          { label: t('records.page.created'), value: formatDate(deal.createdAt) },
          { label: t('records.page.updated'), value: formatDate(deal.updatedAt) },
          { label: t('records.page.externalId'), value: deal.externalId, optional: true },
        ]}
      />
    </SectionCard>
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
              <AnchorLink to="/contacts/$contactId" params={{ contactId: contact.contactId }} size="sm" truncate>
                {contact.name}
              </AnchorLink>
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
  const [editingActivity, setEditingActivity] = useState<Activity | null>(null);
  const activities = useRelated<Activity>('activities', { dealId: deal.id });
  const columns = pickColumns(useActivityColumns(), ['subject', 'outcome', 'when', 'ownerName']);
  const count = relatedCount(activities);
  return (
    <Card p={0}>
      <Tabs defaultValue="timeline" keepMounted={false}>
        <Tabs.List px="sm" pt="xs">
          <Tabs.Tab value="timeline">{t('records.page.timeline')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('deals.history.title')}</Tabs.Tab>
          <Tabs.Tab value="activities">
            {count === null ? t('deals.page.activities') : `${t('deals.page.activities')} · ${count}`}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline">
          <RecordTimeline type="deals" id={deal.id} bare />
        </Tabs.Panel>
        <Tabs.Panel value="history" p="md">
          <StageHistory dealId={deal.id} currency={deal.currency} />
        </Tabs.Panel>
        <Tabs.Panel value="activities" p="md">
          <RelatedList
            query={activities}
            columns={columns}
            onOpen={setEditingActivity}
            empty={t('records.page.noneYet')}
            viewAll={
              <AnchorLink to="/activities" search={{ dealId: deal.id }} size="sm">
                {t('records.page.viewAll')}
              </AnchorLink>
            }
          />
        </Tabs.Panel>
      </Tabs>
      <ActivityDrawer activity={editingActivity} onClose={() => setEditingActivity(null)} />
    </Card>
  );
};

/** One deal: its money, stage and history, who works it and who gets the credit. */
export const DealPage = () => {
  const { t } = useTranslation();
  const { dealId } = useParams({ from: '/app/deals/$dealId' });
  const deal = useQuery(dealQuery(dealId));
  usePrefetchTimeline('deals', dealId);
  usePrefetchRelated('activities', { dealId });
  const canWrite = useCanWrite();
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);

  return (
    <RecordPageState query={deal}>
      {(record) => (
        <>
          <RecordHeader
            back={{ to: '/deals', label: t('deals.title') }}
            title={record.name}
            subtitle={
              record.accountId ? (
                <AnchorLink to="/accounts/$accountId" params={{ accountId: record.accountId }} inherit>
                  {record.accountName}
                </AnchorLink>
              ) : null
            }
            badges={
              <>
                <StageBadge deal={record} />
                <ArchivedBadge archivedAt={record.archivedAt} />
              </>
            }
            actions={
              canWrite ? (
                <>
                  <Button
                    leftSection={<IconArrowsExchange size={16} />}
                    onClick={() => setMoving(true)}
                    data-testid="change-stage"
                  >
                    {t('deals.stage.change')}
                  </Button>
                  <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                    {t('actions.edit')}
                  </Button>
                  <RecordMenu type="deals" record={record} name={record.name} />
                </>
              ) : null
            }
          />
          <ArchivedNotice archivedAt={record.archivedAt} />
          <DealFigures deal={record} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="lg">
                <DealDetails deal={record} />
                <DealPeople deal={record} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="lg">
                <LineItems deal={record} />
                <DealActivity deal={record} />
              </Stack>
            </Grid.Col>
          </Grid>
          <RecordDrawer
            target={editing ? record : null}
            title={t('deals.form.editTitle')}
            formKey={(target) => target.updatedAt}
            onClose={() => setEditing(false)}
          >
            {(target) => <DealForm deal={target} onCancel={() => setEditing(false)} onDone={() => setEditing(false)} />}
          </RecordDrawer>
          <StageChangeModal deal={moving ? record : null} onClose={() => setMoving(false)} />
        </>
      )}
    </RecordPageState>
  );
};
