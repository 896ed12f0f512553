import { Badge, Button, Card, Group, Switch, Table, Text } from '@mantine/core';
import type { CompPlan } from '@pacer/core';
import { IconCalculator, IconPlus, IconReceipt2 } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDay } from '../../lib/format';
import { compPlansQuery } from './comp-api';

const route = getRouteApi('/app/comp-plans');

/** One plan of the list: name, currency, the version added last, and how many assignments it has. */
const PlanRow = ({ plan }: { plan: CompPlan }) => {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="comp-plan-row">
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <AnchorLink to="/comp-plans/$planId" params={{ planId: plan.id }} fw={600} data-testid="comp-plan-link">
            {plan.name}
          </AnchorLink>
          {plan.archivedAt ? (
            <Badge size="xs" variant="light" color="gray">
              {t('labels.archived')}
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>{plan.currency}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {plan.latestVersion
          ? t('comp.list.versionFrom', {
              version: plan.latestVersion.version,
              date: formatDay(plan.latestVersion.effectiveFrom),
            })
          : '—'}
      </Table.Td>
      <Table.Td>
        {plan.assignmentCount === 0 ? (
          <Text size="sm" c="dimmed">
            {t('comp.list.unassigned')}
          </Text>
        ) : (
          t('comp.list.assignments', { count: plan.assignmentCount })
        )}
      </Table.Td>
    </Table.Tr>
  );
};

/** Admins' list of comp plans, with the way to build one and to run a period. */
export const CompPlansPage = () => {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const archived = search.archived ?? false;
  const plans = useQuery(compPlansQuery(archived));
  const newPlan = (testId: string) => (
    <Button component={Link} to="/comp-plans/new" leftSection={<IconPlus size={16} />} data-testid={testId}>
      {t('comp.list.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('comp.list.title')}
        description={t('comp.list.subtitle')}
        actions={
          <>
            <Button
              component={Link}
              to="/comp-runs"
              variant="default"
              leftSection={<IconCalculator size={16} />}
              data-testid="comp-run-link"
            >
              {t('comp.list.run')}
            </Button>
            {newPlan('comp-plan-new')}
          </>
        }
      />
      <Card mb="lg" p="md">
        <Switch
          label={t('labels.showArchived')}
          checked={archived}
          onChange={(event) =>
            void navigate({ search: { archived: event.currentTarget.checked || undefined }, replace: true })
          }
          data-testid="comp-plans-archived"
        />
      </Card>
      {plans.isError ? (
        <QueryLoadError query={plans} />
      ) : !plans.data ? (
        <RowsSkeleton rows={4} />
      ) : plans.data.items.length === 0 ? (
        <EmptyCard
          icon={<IconReceipt2 size={28} />}
          title={t('comp.list.emptyTitle')}
          description={t('comp.list.emptyBody')}
          action={archived ? undefined : newPlan('comp-plan-new-empty')}
        />
      ) : (
        <Card p={0}>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="comp-plan-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('comp.list.name')}</Table.Th>
                  <Table.Th>{t('comp.list.currency')}</Table.Th>
                  <Table.Th>{t('comp.list.version')}</Table.Th>
                  <Table.Th>{t('comp.list.assigned')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plans.data.items.map((plan) => (
                  <PlanRow key={plan.id} plan={plan} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </>
  );
};
