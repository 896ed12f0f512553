import { Badge, Group, Table, Text } from '@mantine/core';
import type { Contest, ContestLeaderboard } from '@pacer/core';
import { IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatMoney } from '../../lib/format';

/** A standing's value as people read it: money with the org currency, counts plainly. */
export const shownValue = (value: string | null, currency: string | null) => {
  if (value === null) return '—';
  return currency ? formatMoney(value, currency) : formatDecimal(value, 2);
};

interface ContestBoardProps {
  contest: Contest;
  board: ContestLeaderboard;
  userId: string;
  /** Big type for the TV in the sales room. */
  tv?: boolean;
}

/**
 * The standings: rank, rep, value, % of own target under that rule, and who wins if it ended now —
 * once finished, who won.
 */
export const ContestBoard = ({ contest, board, userId, tv = false }: ContestBoardProps) => {
  const { t } = useTranslation();
  const byTarget = contest.rule === 'target_percent';
  const size = tv ? 'xl' : 'sm';
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={tv ? 'md' : 'sm'} fz={size} highlightOnHover data-testid="contest-board">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={tv ? 110 : 70}>{t('incentives.contest.rank')}</Table.Th>
            <Table.Th>{t('incentives.contest.rep')}</Table.Th>
            <Table.Th ta="right">{t('incentives.contest.value')}</Table.Th>
            {byTarget ? <Table.Th ta="right">{t('incentives.contest.ofTarget')}</Table.Th> : null}
            <Table.Th w={tv ? 200 : 130} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.rows.map((row) => (
            <Table.Tr
              key={row.repId}
              data-testid="contest-row"
              bg={row.repId === userId && !tv ? 'var(--mantine-primary-color-light)' : undefined}
            >
              <Table.Td>
                <Text fw={700} fz={size}>
                  {row.rank ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fw={500} fz={size}>
                  {row.repName}
                </Text>
              </Table.Td>
              <Table.Td ta="right" fw={600} data-testid="contest-value">
                {shownValue(row.value, board.currency)}
              </Table.Td>
              {byTarget ? (
                <Table.Td ta="right">
                  {row.percentOfTarget === null ? (
                    <Text span c="dimmed" fz={size}>
                      {t('incentives.contest.noGoal')}
                    </Text>
                  ) : (
                    `${formatDecimal(row.percentOfTarget, 1)} %`
                  )}
                </Table.Td>
              ) : null}
              <Table.Td>
                {row.qualifies ? (
                  <Group justify="flex-end">
                    <Badge
                      size={tv ? 'xl' : 'md'}
                      color="yellow"
                      leftSection={<IconTrophy size={tv ? 18 : 12} />}
                      data-testid="contest-qualifies"
                    >
                      {t(board.status === 'finished' ? 'incentives.contest.winner' : 'incentives.contest.qualifies')}
                    </Badge>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
