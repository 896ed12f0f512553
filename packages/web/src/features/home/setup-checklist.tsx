import { Anchor, Card, Group, Loader, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconCircleCheckFilled, IconCircleDashed } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { monthNames } from '../../lib/format';
import { useSession } from '../auth/session';
import { listMembers } from '../people/people-api';
import { regionsQuery } from '../regions/regions-api';
import { teamsQuery } from '../teams/teams-api';

interface Step {
  key: string;
  to: '/people' | '/teams' | '/regions' | '/settings';
  title: string;
  body: string;
  /** null: nothing to tick off, only to look at; undefined: still loading. */
  done: boolean | null | undefined;
}

/** For admins: the first steps of a new org, ticked off from real data. */
export const SetupChecklist = () => {
  const { t } = useTranslation();
  const { org } = useSession();
  // People join from elsewhere (an accepted invitation): always ask again when Home opens.
  const members = useQuery({
    queryKey: ['members', 'first-two'],
    queryFn: () => listMembers({ limit: 2 }),
    staleTime: 0,
  });
  const teams = useQuery(teamsQuery);
  const regions = useQuery(regionsQuery);

  const steps: Step[] = [
    {
      key: 'people',
      to: '/people',
      title: t('home.setup.invite'),
      body: t('home.setup.inviteBody'),
      done: members.data ? members.data.items.length > 1 : undefined,
    },
    {
      key: 'teams',
      to: '/teams',
      title: t('home.setup.teams'),
      body: t('home.setup.teamsBody'),
      done: teams.data ? teams.data.length > 0 : undefined,
    },
    {
      key: 'regions',
      to: '/regions',
      title: t('home.setup.regions'),
      body: t('home.setup.regionsBody'),
      done: regions.data ? regions.data.length > 0 : undefined,
    },
    {
      key: 'settings',
      to: '/settings',
      title: t('home.setup.settings'),
      body: t('home.setup.settingsBody', {
        currency: org.currency,
        timeZone: org.timeZone,
        month: monthNames()[org.fiscalYearStartMonth - 1] ?? '',
      }),
      done: null,
    },
  ];
  const countable = steps.filter((step) => step.done !== null);
  const done = countable.filter((step) => step.done).length;

  return (
    <Card data-testid="setup-checklist">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Stack gap={2}>
          <Text fw={700} size="lg">
            {t('home.setup.title')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('home.setup.subtitle', { done, total: countable.length })}
          </Text>
        </Stack>
      </Group>
      <Progress value={(done / countable.length) * 100} size="sm" radius="xl" mb="lg" />
      <Stack gap="xs">
        {steps.map((step) => (
          <Group
            key={step.key}
            wrap="nowrap"
            gap="md"
            p="sm"
            data-done={step.done === null || step.done === undefined ? undefined : String(step.done)}
            style={{
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-md)',
            }}
          >
            {step.done === undefined ? (
              <ThemeIcon variant="transparent" color="gray" size={28}>
                <Loader size={18} color="gray" />
              </ThemeIcon>
            ) : step.done === null ? (
              <ThemeIcon variant="transparent" color="pacer" size={28}>
                <IconAdjustmentsHorizontal size={24} />
              </ThemeIcon>
            ) : (
              <ThemeIcon
                variant="transparent"
                color={step.done ? 'teal' : 'gray'}
                size={28}
                aria-label={step.done ? t('home.setup.done') : t('home.setup.todo')}
              >
                {step.done ? <IconCircleCheckFilled size={26} /> : <IconCircleDashed size={26} />}
              </ThemeIcon>
            )}
            <Stack gap={0} flex={1} miw={0}>
              <Text fw={600} size="sm" td={step.done ? 'line-through' : undefined} c={step.done ? 'dimmed' : undefined}>
                {step.title}
              </Text>
              <Text size="xs" c="dimmed">
                {step.body}
              </Text>
            </Stack>
            <Anchor component={Link} to={step.to} size="sm" fw={600}>
              {t('home.setup.open')}
            </Anchor>
          </Group>
        ))}
      </Stack>
    </Card>
  );
};
