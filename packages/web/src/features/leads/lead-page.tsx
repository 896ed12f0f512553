import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { Lead } from '@pacer/core';
import { IconTransform } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import { RecordDetails } from '../records/record-details';
import { channelList, linkedRecord } from '../records/record-links';
import { RecordPageLayout, RecordPageState } from '../records/record-page';
import { RecordTimeline, usePrefetchTimeline } from '../records/record-timeline';
import { LeadStatusBadge, leadSourceLabel } from '../records/vocab';
import { ConvertLeadModal } from './convert-lead-modal';
import { FollowUpCell, OverdueBadge } from './lead-columns';
import { LeadForm } from './lead-form';
import { leadQuery } from './leads-api';

const LeadDetails = ({ lead }: { lead: Lead }) => {
  const { t } = useTranslation();
  return (
    <RecordDetails
      type="leads"
      record={lead}
      fields={[
        { label: t('leads.fields.company'), value: lead.company },
        { label: t('records.fields.jobTitle'), value: lead.title },
        {
          label: t('records.fields.email'),
          value: channelList('email', lead.email ? [{ value: lead.email }] : []),
        },
        {
          label: t('records.fields.phone'),
          value: channelList('phone', lead.phone ? [{ value: lead.phone }] : []),
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
      ]}
    />
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
        {linkedRecord('accounts', lead.convertedAccountId, t('nav.accounts'), { size: 'sm' })}
        {linkedRecord('contacts', lead.convertedContactId, t('nav.contacts'), { size: 'sm' })}
        {linkedRecord('deals', lead.convertedDealId, t('nav.deals'), { size: 'sm' })}
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
  const [converting, setConverting] = useState(false);

  return (
    <RecordPageState query={lead}>
      {(record) => (
        <RecordPageLayout
          type="leads"
          record={record}
          back={{ to: '/leads', label: t('leads.title') }}
          subtitle={[record.title, record.company].filter(Boolean).join(' · ')}
          badges={
            <>
              <LeadStatusBadge t={t} status={record.status} />
              {record.isOverdue ? <OverdueBadge /> : null}
            </>
          }
          actions={
            record.status !== 'converted' && !record.archivedAt ? (
              <Button
                leftSection={<IconTransform size={16} />}
                onClick={() => setConverting(true)}
                data-testid="convert-lead"
              >
                {t('leads.convert.button')}
              </Button>
            ) : null
          }
          editTitle={t('leads.form.editTitle')}
          editForm={(target, close) => <LeadForm lead={target} onCancel={close} onDone={close} />}
          notices={<ConvertedNotice lead={record} />}
          aside={<LeadDetails lead={record} />}
          main={<RecordTimeline type="leads" id={record.id} />}
        >
          <ConvertLeadModal lead={converting ? record : null} onClose={() => setConverting(false)} />
        </RecordPageLayout>
      )}
    </RecordPageState>
  );
};
