import { Badge, Button, Card, Group, Table, Text } from '@mantine/core';
import { IconConfetti, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../auth/session';
import { contestPeriod, contestRule, statusColor } from './contest-format';
import { contestsQuery } from './incentives-api';

/** The contests one competes in or leads, the latest ending first; managers and admins start new ones. */
export const ContestsPage = () => {
  const { t } = useTranslation();
  const { member } = useSession();
  const contests = useQuery(contestsQuery);
  const leads = member.role === 'admin' || member.role === 'manager';
  const rows = contests.data ?? [];
  return (
    <>
      <PageHeader
        title={t('incentives.contests.title')}
        description={t('incentives.contests.subtitle')}
        actions={
          leads ? (
            <Button component={Link} to="/contests/new" leftSection={<IconPlus size={16} />} data-testid="contest-new">
              {t('incentives.contests.new')}
            </Button>
          ) : null
        }
      />
      {contests.isError ? (
        <QueryLoadError query={contests} />
      ) : !contests.data ? (
        <RowsSkeleton rows={5} />
      ) : rows.length === 0 ? (
        <EmptyCard
          icon={<IconConfetti size={28} />}
          title={t('incentives.contests.emptyTitle')}
          description={t('incentives.contests.emptyBody')}
        />
      ) : (
        <Card p={0}>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="contests">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('incentives.form.name')}</Table.Th>
                  <Table.Th>{t('incentives.contests.metric')}</Table.Th>
                  <Table.Th>{t('incentives.contests.period')}</Table.Th>
                  <Table.Th>{t('incentives.contests.rule')}</Table.Th>
                  <Table.Th>{t('incentives.contests.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((contest) => (
                  <Table.Tr key={contest.id} data-testid="contest-item">
                    <Table.Td>
                      <Link to="/contests/$contestId" params={{ contestId: contest.id }}>
                        <Text fw={600}>{contest.name}</Text>
                      </Link>
                      <Text size="xs" c="dimmed">
                        {t('incentives.contests.participants', { count: contest.participantCount })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`leaderboard.metrics.${contest.metric}`)}</Table.Td>
                    <Table.Td>{contestPeriod(contest)}</Table.Td>
                    <Table.Td>{contestRule(contest, t)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Badge variant="light" color={statusColor[contest.status]}>
                          {t(`incentives.contests.statuses.${contest.status}`)}
                        </Badge>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </>
  );
};
