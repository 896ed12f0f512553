import { Button, Card, Center, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconChecklist, IconFilterOff } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { MemberPicker } from '../people/member-picker';
import { CallReportRow } from './call-report-row';
import { type CallReportFilters, callReportsQuery } from './call-reports-api';

const route = getRouteApi('/app/call-reports');

/** Reports of one status (or all submitted ones), page by page. */
const ReportSection = ({
  filters,
  title,
  empty,
}: {
  filters: CallReportFilters;
  title?: string;
  empty: React.ReactNode;
}) => {
  const { t } = useTranslation();
  const reports = useInfiniteQuery(callReportsQuery(filters));
  const rows = reports.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="sm" data-testid={`call-reports-${filters.status ?? 'all'}`}>
      {title ? (
        <Title order={4} mt="xs">
          {title}
        </Title>
      ) : null}
      {reports.isError ? (
        <QueryLoadError query={reports} />
      ) : !reports.data ? (
        <RowsSkeleton rows={3} height={64} />
      ) : rows.length === 0 ? (
        empty
      ) : (
        rows.map((report) => <CallReportRow key={report.id} report={report} />)
      )}
      {reports.hasNextPage ? (
        <Center>
          <Button variant="light" onClick={() => void reports.fetchNextPage()} loading={reports.isFetchingNextPage}>
            {t('actions.loadMore')}
          </Button>
        </Center>
      ) : null}
    </Stack>
  );
};

/** Managers: the submitted daily reports of their team, the unreviewed first. */
export const CallReportsPage = () => {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const setSearch = (patch: Partial<typeof search>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const base = { repId: search.repId ?? null, from: search.from ?? '', to: search.to ?? '' };
  const filtered = Boolean(search.repId || search.status || search.from || search.to);
  const emptyCard = (
    <EmptyCard
      icon={<IconChecklist size={28} />}
      title={t('callReports.list.emptyTitle')}
      description={t('callReports.list.emptyBody')}
    />
  );

  return (
    <>
      <PageHeader title={t('callReports.title')} description={t('callReports.subtitle')} />
      <Card mb="lg" p="md">
        <Group gap="sm" wrap="wrap" align="flex-end">
          <MemberPicker
            label={t('callReports.filters.rep')}
            placeholder={t('callReports.filters.allReps')}
            value={search.repId ?? null}
            selectedName={search.repName}
            onChange={(repId, repName) => setSearch({ repId: repId ?? undefined, repName: repName ?? undefined })}
            w={{ base: '100%', xs: 220 }}
          />
          <Select
            label={t('callReports.filters.status')}
            placeholder={t('callReports.filters.allStatuses')}
            data={(['submitted', 'reviewed'] as const).map((status) => ({
              value: status,
              label: t(`callReports.statuses.${status}`),
            }))}
            value={search.status ?? null}
            onChange={(status) => setSearch({ status: (status as 'submitted' | 'reviewed' | null) ?? undefined })}
            clearable
            w={{ base: '100%', xs: 200 }}
          />
          <TextInput
            type="date"
            label={t('callReports.filters.from')}
            value={search.from ?? ''}
            onChange={(event) => setSearch({ from: event.currentTarget.value || undefined })}
            w={{ base: 'calc(50% - var(--mantine-spacing-sm) / 2)', xs: 160 }}
          />
          <TextInput
            type="date"
            label={t('callReports.filters.to')}
            value={search.to ?? ''}
            onChange={(event) => setSearch({ to: event.currentTarget.value || undefined })}
            w={{ base: 'calc(50% - var(--mantine-spacing-sm) / 2)', xs: 160 }}
          />
          {filtered ? (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconFilterOff size={16} />}
              onClick={() => void navigate({ search: {}, replace: true })}
            >
              {t('actions.clearFilters')}
            </Button>
          ) : null}
        </Group>
      </Card>
      {search.status ? (
        <ReportSection filters={{ ...base, status: search.status }} empty={emptyCard} />
      ) : (
        <Stack gap="xl">
          <ReportSection
            filters={{ ...base, status: 'submitted' }}
            title={t('callReports.sections.toReview')}
            empty={
              <Text size="sm" c="dimmed">
                {t('callReports.list.emptyToReview')}
              </Text>
            }
          />
          <ReportSection
            filters={{ ...base, status: 'reviewed' }}
            title={t('callReports.sections.reviewed')}
            empty={emptyCard}
          />
        </Stack>
      )}
    </>
  );
};
