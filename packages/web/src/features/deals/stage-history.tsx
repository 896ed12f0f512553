import { Badge, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { formatDateTime, formatMoney } from '../../lib/format';
import { stageChangesQuery } from './deals-api';

/** Every stage a deal went through, newest first: the funnel and cycle times are made of these. */
export const StageHistory = ({ dealId, currency }: { dealId: string; currency: string }) => {
  const { t } = useTranslation();
  const changes = useQuery(stageChangesQuery(dealId));
  if (changes.isError) return <QueryLoadError query={changes} />;
  if (!changes.data) return <RowsSkeleton rows={3} height={32} />;
  if (changes.data.length === 0) {
    return (
      <Text size="sm" c="dimmed" ta="center" py="md">
        {t('deals.history.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520} type="native">
      <Table verticalSpacing={6} fz="sm" tabularNums data-testid="stage-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th fz="xs" c="dimmed">
              {t('deals.history.to')}
            </Table.Th>
            <Table.Th fz="xs" c="dimmed">
              {t('deals.history.when')}
            </Table.Th>
            <Table.Th fz="xs" c="dimmed">
              {t('deals.history.by')}
            </Table.Th>
            <Table.Th fz="xs" c="dimmed" ta="right">
              {t('deals.history.amount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...changes.data].reverse().map((change) => (
            <Table.Tr key={change.id}>
              <Table.Td>
                <Text size="sm" span c="dimmed">
                  {change.fromStageName ?? ''}
                </Text>
                {change.fromStageName ? (
                  <IconArrowRight size={12} style={{ margin: '0 6px', verticalAlign: 'middle' }} />
                ) : null}
                <Text size="sm" span fw={600}>
                  {change.toStageName}
                </Text>
                {change.handoff ? (
                  <Badge size="xs" variant="light" color="violet" ml="xs">
                    {t('deals.history.handoff')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(change.changedAt)}</Table.Td>
              <Table.Td>{change.changedByName ?? ''}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(change.amount, currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
