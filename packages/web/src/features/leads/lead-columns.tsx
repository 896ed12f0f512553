import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { Lead } from '@pacer/core';
import { IconAlarm } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../lib/format';
import { textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
import { createdColumn, nameColumn, ownerColumn, updatedColumn } from '../records/shared-columns';
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
        ...nameColumn<Lead>('leads', t('records.fields.name'), {
          minWidth: 200,
          subtitle: (lead) => [lead.title, lead.company].filter(Boolean).join(' · '),
        }),
        exportKeys: ['firstName', 'lastName'],
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
      { id: 'email', label: t('records.fields.email'), render: (l) => textCell(l.email) },
      { id: 'phone', label: t('records.fields.phone'), render: (l) => textCell(l.phone) },
      ownerColumn(t),
      { ...createdColumn(t), default: true },
      updatedColumn(t),
    ],
    [t],
  );
};
