import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { type CompPlanDetail, localDateOf } from '@pacer/core';
import { IconArchive, IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDay } from '../../lib/format';
import { useSession } from '../auth/session';
import { SectionCard } from '../records/record-details';
import { compPlanQuery } from './comp-api';
import { CompAssignments } from './comp-assignments';
import { termsOf } from './comp-format';
import { CompPlanActions } from './comp-plan-actions';
import { CompAcknowledgements, CompVersions } from './comp-plan-versions';
import { CompTermsView } from './comp-terms-view';

const route = getRouteApi('/app/comp-plans/$planId');

/** The version paying today: the highest one in effect by today, else the first (a plan starting later). */
export const currentVersionOf = (plan: CompPlanDetail, today: string) =>
  plan.versions.filter((version) => version.effectiveFrom <= today).at(-1) ?? plan.versions[0];

const BackLink = () => {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/comp-plans" size="sm">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={16} />
        {t('comp.plan.back')}
      </Group>
    </Anchor>
  );
};

/** One comp plan: the terms of a version in plain words, its versions, assignments and acknowledgements. */
export const CompPlanPage = () => {
  const { t } = useTranslation();
  const { org } = useSession();
  const { planId } = route.useParams();
  const plan = useQuery(compPlanQuery(planId));
  const [picked, setPicked] = useState<string | null>(null);

  if (plan.isError) {
    return (
      <Stack>
        <BackLink />
        <QueryLoadError query={plan} />
      </Stack>
    );
  }
  if (!plan.data) return <RowsSkeleton rows={5} height={64} />;
  const data = plan.data;
  const current = currentVersionOf(data, localDateOf(new Date(), org.timeZone));
  const shown = data.versions.find((version) => version.id === picked) ?? current;

  return (
    <Stack gap={0} data-testid="comp-plan-page">
      <Group mb="sm">
        <BackLink />
      </Group>
      <PageHeader
        title={data.name}
        description={
          current
            ? t('comp.plan.subtitle', {
                currency: data.currency,
                version: current.version,
                date: formatDay(current.effectiveFrom),
              })
            : data.currency
        }
        actions={<CompPlanActions plan={data} />}
      />
      {data.archivedAt ? (
        <Alert variant="light" color="gray" icon={<IconArchive size={18} />} mb="lg">
          {t('comp.plan.archivedNotice')}
        </Alert>
      ) : null}
      <Stack gap="lg">
        {shown ? (
          <SectionCard
            title={t(shown.id === current?.id ? 'comp.plan.currentTerms' : 'comp.plan.versionTerms', {
              version: shown.version,
            })}
            testId="comp-plan-terms"
          >
            <CompTermsView terms={termsOf(shown.terms)} currency={data.currency} />
          </SectionCard>
        ) : null}
        <CompVersions plan={data} currentId={current?.id ?? null} shownId={shown?.id ?? null} onShow={setPicked} />
        <CompAssignments plan={data} />
        {shown ? <CompAcknowledgements version={shown} /> : null}
      </Stack>
    </Stack>
  );
};
