import { Button, Card, Center, Stack, Table, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { ImportStatusBadge } from './import-labels';
import { importsQuery } from './imports-api';

/** Admins and managers: the imports so far, and the way to start one. */
export const ImportsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const imports = useInfiniteQuery(importsQuery);
  const rows = imports.data?.pages.flatMap((page) => page.items) ?? [];
  const newButton = (
    <Button component={Link} to="/imports/new" leftSection={<IconPlus size={18} />} data-testid="new-import">
      {t('imports.newImport')}
    </Button>
  );

  const content = () => {
    if (imports.isError) return <QueryLoadError query={imports} />;
    if (!imports.data) return <RowsSkeleton rows={4} height={48} />;
    if (rows.length === 0) {
      return (
        <EmptyCard
          icon={<IconFileImport size={28} />}
          title={t('imports.history.emptyTitle')}
          description={t('imports.history.emptyBody')}
          action={newButton}
        />
      );
    }
    return (
      <Card p={0}>
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.history.file')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('imports.history.type')}</Table.Th>
                <Table.Th>{t('imports.history.status')}</Table.Th>
                <Table.Th visibleFrom="md">{t('imports.history.result')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('imports.history.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((job) => (
                <Table.Tr
                  key={job.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate({ to: '/imports/$importId', params: { importId: job.id } })}
                  data-testid="import-row"
                >
                  <Table.Td>
                    <Link
                      to="/imports/$importId"
                      params={{ importId: job.id }}
                      aria-label={t('imports.history.open', { name: job.fileName })}
                      style={{ color: 'inherit', textDecoration: 'none', fontWeight: 600, overflowWrap: 'anywhere' }}
                    >
                      {job.fileName}
                    </Link>
                    <Text size="xs" c="dimmed" hiddenFrom="sm">
                      {t(`nav.${job.recordType}`)} · {formatDateTime(job.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{t(`nav.${job.recordType}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap', width: '1%' }}>
                    <ImportStatusBadge status={job.status} />
                  </Table.Td>
                  <Table.Td visibleFrom="md">
                    <Text size="sm" c="dimmed">
                      {job.status === 'completed'
                        ? t('imports.history.resultLine', job)
                        : job.issueCount > 0
                          ? t('imports.history.issues', { count: job.issueCount })
                          : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(job.createdAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    );
  };

  return (
    <>
      <PageHeader title={t('imports.title')} description={t('imports.subtitle')} actions={newButton} />
      <Stack gap="md">
        {content()}
        {imports.hasNextPage ? (
          <Center>
            <Button variant="light" onClick={() => void imports.fetchNextPage()} loading={imports.isFetchingNextPage}>
              {t('actions.loadMore')}
            </Button>
          </Center>
        ) : null}
      </Stack>
    </>
  );
};
