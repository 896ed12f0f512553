import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { MyCompPlan } from '@pacer/core';
import { IconCircleCheck, IconFileDollar, IconReceipt2, IconSignature } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDateTime, formatDay } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { SectionCard } from '../records/record-details';
import { compApi, myCompPlanQuery } from './comp-api';
import { termsOf } from './comp-format';
import { CompTermsView } from './comp-terms-view';
import { WhatIfPanel } from './comp-what-if-panel';

type Current = NonNullable<MyCompPlan['current']>;

/** That (and when) the rep acknowledged this version, or the button to do it. */
const Acknowledgement = ({ current }: { current: Current }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const acknowledge = useMutation({
    mutationFn: () => compApi.acknowledge(current.plan.id, current.version.id),
    onSuccess: async () => {
      notifySuccess(t('comp.my.acknowledgedDone'));
      await queryClient.invalidateQueries({ queryKey: ['comp-plans'] });
    },
    onError: (error) => notifyError(error),
  });
  if (current.acknowledgedAt) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="comp-acknowledged">
        {t('comp.my.acknowledgedAt', { version: current.version.version, at: formatDateTime(current.acknowledgedAt) })}
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="light" icon={<IconSignature size={18} />}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('comp.my.acknowledgePrompt', { version: current.version.version })}</Text>
        <Button
          leftSection={<IconSignature size={16} />}
          loading={acknowledge.isPending}
          onClick={() => acknowledge.mutate()}
          data-testid="comp-acknowledge"
        >
          {t('comp.my.acknowledge')}
        </Button>
      </Stack>
    </Alert>
  );
};

/** Which plan pays the rep, which version, and since when. */
const PlanSummary = ({ current }: { current: Current }) => {
  const { t } = useTranslation();
  const { assignment, version } = current;
  return (
    <Group gap="xs" wrap="wrap">
      <Badge variant="light">{t('comp.plan.versionNumber', { version: version.version })}</Badge>
      <Text size="sm" c="dimmed">
        {t('comp.my.since', { date: formatDay(version.effectiveFrom) })} · {t(`comp.my.via.${assignment.via}`)} ·{' '}
        {assignment.endsOn ? t('comp.my.until', { date: formatDay(assignment.endsOn) }) : t('comp.assign.openEnded')}
      </Text>
    </Group>
  );
};

/** The rep's plan in plain words, their acknowledgement, and the what-if calculator. */
export const MyPlanPage = () => {
  const { t } = useTranslation();
  const mine = useQuery(myCompPlanQuery);
  const header = (
    <PageHeader
      title={t('comp.my.title')}
      description={t('comp.my.subtitle')}
      actions={
        <Button
          component={Link}
          to="/comp-statements"
          variant="default"
          leftSection={<IconFileDollar size={16} />}
          data-testid="my-plan-statements"
        >
          {t('comp.statements.myStatements')}
        </Button>
      }
    />
  );
  if (mine.isError) {
    return (
      <>
        {header}
        <QueryLoadError query={mine} />
      </>
    );
  }
  if (!mine.data) {
    return (
      <>
        {header}
        <RowsSkeleton rows={4} height={64} />
      </>
    );
  }
  const current = mine.data.current;
  if (!current) {
    return (
      <>
        {header}
        <EmptyCard
          icon={<IconReceipt2 size={28} />}
          title={t('comp.my.noneTitle')}
          description={t('comp.my.noneBody')}
        />
      </>
    );
  }
  return (
    <>
      {header}
      <Stack gap="lg" data-testid="my-plan">
        <SectionCard title={<span data-testid="my-plan-name">{current.plan.name}</span>} testId="my-plan-terms">
          <Stack gap="md">
            <PlanSummary current={current} />
            <Acknowledgement current={current} />
            {current.version.note ? (
              <Text size="sm">
                <Text span fw={600}>
                  {t('comp.plan.note')}:
                </Text>{' '}
                {current.version.note}
              </Text>
            ) : null}
            <CompTermsView terms={termsOf(current.version.terms)} currency={current.plan.currency} />
          </Stack>
        </SectionCard>
        <WhatIfPanel currency={current.plan.currency} />
      </Stack>
    </>
  );
};
