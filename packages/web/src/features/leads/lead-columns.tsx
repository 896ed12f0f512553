import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { Lead } from '@pacer/core';
import { IconAlarm } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { formatDateTime, formatRelative } from '../../lib/format';
import { dateCell, NameCell, personCell, textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
import { LeadStatusBadge, leadSourceLabel } from '../records/vocab';

/** A lead whose follow-up deadline passed without a follow-up. */
export const OverdueBadge = () => {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('leads.overdueHint')}>
      <Badge
        color="red"
        variant="filled"
        size="sm"
        leftSection={<IconAlarm size={12} />}
        style={{ flex: 'none' }}
        data-testid="overdue-badge"
      >
        {t('leads.overdue')}
      </Badge>
    </Tooltip>
  );
};

/** Whether a lead still waits for its follow-up (overdue or not). */
const awaitsFollowUp = (lead: Lead) =>
  lead.isOverdue ||
  (lead.followUpDueAt !== null && !lead.followedUpAt && lead.status !== 'converted' && lead.status !== 'disqualified');

/** When the lead must be followed up: overdue in red, else how long is left. */
export const FollowUpCell = ({ lead }: { lead: Lead }) => {
  const { t } = useTranslation();
  if (lead.isOverdue) return <OverdueBadge />;
  if (!awaitsFollowUp(lead) || !lead.followUpDueAt) return null;
  return (
    <Tooltip label={formatDateTime(lead.followUpDueAt)}>
      <Text size="sm" c="orange.8" style={{ whiteSpace: 'nowrap' }}>
        {t('leads.dueIn', { when: formatRelative(lead.followUpDueAt) })}
      </Text>
    </Tooltip>
  );
};

/** Every column a lead list can show. */
export const useLeadColumns = (): ColumnDef<Lead>[] => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      {
        id: 'name',
        exportKeys: ['firstName', 'lastName'],
        label: t('leads.fields.name'),
        primary: true,
        sortKey: 'name',
        minWidth: 200,
        render: (lead) => (
          <NameCell
            title={
              <AnchorLink to="/leads/$leadId" params={{ leadId: lead.id }} inherit c="inherit">
                {lead.name}
              </AnchorLink>
            }
            subtitle={[lead.title, lead.company].filter(Boolean).join(' · ')}
          />
        ),
      },
      {
        id: 'company',
        label: t('leads.fields.company'),
        sortKey: 'company',
        render: (l) => textCell(l.company),
      },
      {
        id: 'status',
        label: t('leads.fields.status'),
        default: true,
        render: (l) => (
          <Group gap={6} wrap="nowrap">
            <LeadStatusBadge t={t} status={l.status} />
          </Group>
        ),
      },
      {
        id: 'source',
        label: t('leads.fields.source'),
        default: true,
        render: (l) => textCell(leadSourceLabel(t, l.source)),
      },
      {
        id: 'followUpDueAt',
        label: t('leads.fields.followUpDueAt'),
        sortKey: 'followUpDueAt',
        default: true,
        render: (l) => (awaitsFollowUp(l) ? <FollowUpCell lead={l} /> : null),
      },
      { id: 'email', label: t('leads.fields.email'), render: (l) => textCell(l.email) },
      { id: 'phone', label: t('leads.fields.phone'), render: (l) => textCell(l.phone) },
      {
        id: 'ownerName',
        label: t('leads.fields.owner'),
        default: true,
        render: (l) => personCell(l.ownerName),
      },
      {
        id: 'createdAt',
        label: t('leads.fields.created'),
        sortKey: 'createdAt',
        default: true,
        render: (l) => dateCell(l.createdAt),
      },
      {
        id: 'updatedAt',
        label: t('leads.fields.updated'),
        sortKey: 'updatedAt',
        render: (l) => dateCell(l.updatedAt),
      },
    ],
    [t],
  );
};
