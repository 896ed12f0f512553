import { Button, Card, Group, Text } from '@mantine/core';
import { useFullscreenDocument } from '@mantine/hooks';
import { localDateOf, type WallChart, type WallChartQuery } from '@pacer/core';
import { IconDeviceTv, IconFileSpreadsheet, IconLayoutGrid, IconPrinter, IconTarget } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/date-inputs';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDay } from '../../lib/format';
import { useSession } from '../auth/session';
import { TeamSelect } from '../teams/team-select';
import { teamsQuery } from '../teams/teams-api';
import classes from './wall-chart.module.css';
import { wallChartQuery, wallChartXlsxUrl } from './wall-chart-api';
import { WallChartTable } from './wall-chart-table';
import { WallChartTv } from './wall-chart-tv';

const route = getRouteApi('/app/wall-chart');

// Printed, the chart is the page: landscape, without the app's header and navigation. Mounted
// with the page only, so other pages print as before.
const printCss = `
@page { size: landscape; margin: 10mm; }
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .mantine-Tooltip-tooltip { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; background: none !important; min-height: 0 !important; }
  .mantine-AppShell-main > .mantine-Container-root { max-width: none !important; padding: 0 !important; }
}`;

const hasGrid = (chart: WallChart | undefined): chart is WallChart =>
  Boolean(chart && chart.columns.length > 0 && chart.rows.length > 0);

/** Nothing split among reps yet: where the chart comes from, and the way to the goals. */
const NoGoals = () => {
  const { t } = useTranslation();
  return (
    <EmptyCard
      icon={<IconLayoutGrid size={28} />}
      title={t('wallChart.emptyTitle')}
      description={t('wallChart.emptyBody')}
      action={
        <Button component={Link} to="/goals" variant="light" leftSection={<IconTarget size={16} />}>
          {t('wallChart.toGoals')}
        </Button>
      }
    />
  );
};

/**
 * Every rep in reach against every goal split among them, in the colour of their pace: for the
 * Monday meeting, a print-out on the wall, or a TV in the sales room (`tv=1`).
 */
export const WallChartPage = () => {
  const { t } = useTranslation();
  const { user, member, org } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const setSearch = (patch: Partial<typeof search>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const screen = useFullscreenDocument();
  const rep = member.role === 'rep';
  const tv = search.tv === 1;

  const filters: WallChartQuery = { teamId: search.teamId, on: search.on };
  const chart = useQuery(wallChartQuery(filters, tv));
  const teams = useQuery({ ...teamsQuery, enabled: !rep && Boolean(search.teamId) });
  const teamName = teams.data?.find((team) => team.id === search.teamId)?.name ?? null;
  const today = localDateOf(new Date(), org.timeZone);

  // The button is a click, the one moment a browser lets a page go full screen.
  const enterTv = () => {
    setSearch({ tv: 1 });
    if (!screen.fullscreen) screen.toggle().catch(() => undefined);
  };
  const exitTv = () => {
    setSearch({ tv: undefined });
    if (screen.fullscreen) screen.toggle().catch(() => undefined);
  };

  const body = chart.isError ? (
    <QueryLoadError query={chart} />
  ) : !chart.data ? (
    <RowsSkeleton rows={6} height={64} />
  ) : hasGrid(chart.data) ? (
    <Card p={0}>
      <WallChartTable chart={chart.data} userId={user.id} />
    </Card>
  ) : (
    <NoGoals />
  );

  if (tv) {
    return (
      <WallChartTv
        chart={hasGrid(chart.data) ? chart.data : undefined}
        teamName={teamName}
        userId={user.id}
        updatedAt={chart.dataUpdatedAt}
        refreshing={chart.isFetching}
        fallback={body}
        onExit={exitTv}
      />
    );
  }

  return (
    <>
      <style>{printCss}</style>
      <PageHeader
        title={t('wallChart.title')}
        description={<span className={classes.noPrint}>{t('wallChart.subtitle')}</span>}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDeviceTv size={16} />}
              onClick={enterTv}
              className={classes.noPrint}
              data-testid="wall-chart-tv"
            >
              {t('wallChart.tv')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} />}
              onClick={() => window.print()}
              className={classes.noPrint}
              data-testid="wall-chart-print"
            >
              {t('wallChart.print')}
            </Button>
            <Button
              component="a"
              href={wallChartXlsxUrl(filters)}
              download
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              className={classes.noPrint}
              data-testid="wall-chart-export"
            >
              {t('wallChart.export')}
            </Button>
          </>
        }
      />
      <Card mb="lg" p="md" className={classes.noPrint}>
        <Group gap="md" wrap="wrap" align="flex-end">
          {rep ? null : (
            <TeamSelect
              label={t('wallChart.team')}
              placeholder={t('wallChart.allTeams')}
              value={search.teamId ?? null}
              onChange={(value) => setSearch({ teamId: value ?? undefined })}
              w={{ base: '100%', xs: 260 }}
              data-testid="wall-chart-team"
            />
          )}
          <DayInput
            label={t('wallChart.on')}
            value={search.on ?? today}
            onChange={(day) => setSearch({ on: day && day !== today ? day : undefined })}
            clearable={Boolean(search.on)}
            w={{ base: '100%', xs: 200 }}
            data-testid="wall-chart-on"
          />
        </Group>
      </Card>
      <Text className={classes.printOnly} mb="sm">
        {[teamName ?? t('wallChart.allTeams'), `${t('wallChart.on')} ${formatDay(chart.data?.on ?? today)}`].join(
          ' · ',
        )}
      </Text>
      {body}
    </>
  );
};
