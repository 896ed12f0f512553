import { Alert, Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import type { Lead } from '@pacer/core';
import { IconPencil, IconTransform } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCustomFieldRows } from '../custom-fields/custom-field-inputs';
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
import { LeadStatusBadge, leadSourceLabel } from '../records/vocab';
import { ConvertLeadModal } from './convert-lead-modal';
import { FollowUpCell, OverdueBadge } from './lead-columns';
import { LeadForm } from './lead-form';
import { leadQuery } from './leads-api';

const LeadDetails = ({ lead }: { lead: Lead }) => {
  const { t } = useTranslation();
  const custom = useCustomFieldRows('leads', lead.custom);
  return (
    <SectionCard title={t('records.page.details')}>
      <FieldList
        fields={[
          { label: t('leads.fields.company'), value: lead.company },
          { label: t('leads.fields.title'), value: lead.title },
          {
            label: t('leads.fields.email'),
            value: lead.email ? (
              <Anchor href={`mailto:${lead.email}`} size="sm">
                {lead.email}
              </Anchor>
            ) : null,
          },
          {
            label: t('leads.fields.phone'),
            value: lead.phone ? (
              <Anchor href={`tel:${lead.phone.replace(/[^+\d]/g, '')}`} size="sm">
                {lead.phone}
              </Anchor>
            ) : null,
          },
          { label: t('leads.fields.source'), value: leadSourceLabel(t, lead.source) },
          { label: t('leads.fields.status'), value: <LeadStatusBadge t={t} status={lead.status} /> },
          {
            label: t('leads.fields.followUpDueAt'),
            value: lead.followUpDueAt ? (
              <Stack gap={2}>
                <Text size="sm">{formatDateTime(lead.followUpDueAt)}</Text>
                <FollowUpCell lead={lead} />
              </Stack>
            ) : null,
          },
          { label: t('leads.fields.followedUpAt'), value: formatDateTime(lead.followedUpAt), optional: true },
          { label: t('leads.fields.disqualifiedReason'), value: lead.disqualifiedReason, optional: true },
          { label: t('records.page.owner'), value: lead.ownerName },
          ...custom,
          { label: t('records.page.created'), value: formatDate(lead.createdAt) },
          { label: t('records.page.updated'), value: formatDate(lead.updatedAt) },
          { label: t('records.page.externalId'), value: lead.externalId, optional: true },
        ]}
      />
      {lead.notes ? (
        <>
          <Text size="sm" c="dimmed" mt="md" mb={4}>
            {t('leads.fields.notes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {lead.notes}
          </Text>
        </>
      ) : null}
    </SectionCard>
  );
};

/** Where a converted lead went: its account, contact and deal. */
const ConvertedNotice = ({ lead }: { lead: Lead }) => {
  const { t } = useTranslation();
  if (!lead.convertedAt) return null;
  return (
    <Alert color="grape" variant="light" icon={<IconTransform size={18} />} mb="lg" data-testid="converted-notice">
      <Group gap="md" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('leads.convert.converted', { date: formatDate(lead.convertedAt) })}
        </Text>
        {lead.convertedAccountId ? (
          <AnchorLink to="/accounts/$accountId" params={{ accountId: lead.convertedAccountId }} size="sm">
            {t('nav.accounts')}
          </AnchorLink>
        ) : null}
        {lead.convertedContactId ? (
          <AnchorLink to="/contacts/$contactId" params={{ contactId: lead.convertedContactId }} size="sm">
            {t('nav.contacts')}
          </AnchorLink>
        ) : null}
        {lead.convertedDealId ? (
          <AnchorLink to="/deals/$dealId" params={{ dealId: lead.convertedDealId }} size="sm">
            {t('nav.deals')}
          </AnchorLink>
        ) : null}
      </Group>
    </Alert>
  );
};

/** One lead: who, from where, by when to follow up; convert it when it is qualified. */
export const LeadPage = () => {
  const { t } = useTranslation();
  const { leadId } = useParams({ from: '/app/leads/$leadId' });
  const lead = useQuery(leadQuery(leadId));
  usePrefetchTimeline('leads', leadId);
  const canWrite = useCanWrite();
  const [editing, setEditing] = useState(false);
  const [converting, setConverting] = useState(false);

  return (
    <RecordPageState query={lead}>
      {(record) => (
        <>
          <RecordHeader
            back={{ to: '/leads', label: t('leads.title') }}
            title={record.name}
            subtitle={[record.title, record.company].filter(Boolean).join(' · ')}
            badges={
              <>
                <LeadStatusBadge t={t} status={record.status} />
                {record.isOverdue ? <OverdueBadge /> : null}
                <ArchivedBadge archivedAt={record.archivedAt} />
              </>
            }
            actions={
              canWrite ? (
                <>
                  {record.status !== 'converted' && !record.archivedAt ? (
                    <Button
                      leftSection={<IconTransform size={16} />}
                      onClick={() => setConverting(true)}
                      data-testid="convert-lead"
                    >
                      {t('leads.convert.button')}
                    </Button>
                  ) : null}
                  <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                    {t('actions.edit')}
                  </Button>
                  <RecordMenu type="leads" record={record} name={record.name} />
                </>
              ) : null
            }
          />
          <ArchivedNotice archivedAt={record.archivedAt} />
          <ConvertedNotice lead={record} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <LeadDetails lead={record} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <RecordTimeline type="leads" id={record.id} />
            </Grid.Col>
          </Grid>
          <RecordDrawer
            target={editing ? record : null}
            title={t('leads.form.editTitle')}
            formKey={(target) => target.updatedAt}
            onClose={() => setEditing(false)}
          >
            {(target) => <LeadForm lead={target} onCancel={() => setEditing(false)} onDone={() => setEditing(false)} />}
          </RecordDrawer>
          <ConvertLeadModal lead={converting ? record : null} onClose={() => setConverting(false)} />
        </>
      )}
    </RecordPageState>
  );
};
