import { Alert, Button, Group, Progress, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ImportJob } from '@pacer/core';
import { IconAlertTriangle, IconArrowRight, IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { Link, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { recordListPath } from './imports-api';

const Count = ({ label, value, testId }: { label: string; value: number; testId: string }) => (
  <Stack gap={0} align="center">
    <Text fz={32} fw={700} data-testid={testId}>
      {value.toLocaleString()}
    </Text>
    <Text size="sm" c="dimmed">
      {label}
    </Text>
  </Stack>
);

/** Step four: the progress while the server writes, then what came of it and where to see it. */
export const ImportRunStep = ({ job }: { job: ImportJob }) => {
  const { t } = useTranslation();
  const router = useRouter();
  const recordType = t(`nav.${job.recordType}`);

  if (job.status === 'completed') {
    const listPath = recordListPath[job.recordType];
    return (
      <Stack gap="xl" align="center" py="lg" data-testid="import-done">
        <ThemeIcon size={64} radius="xl" color="teal" variant="light">
          <IconCircleCheck size={40} />
        </ThemeIcon>
        <Stack gap={4} align="center">
          <Title order={3}>{t('imports.run.doneTitle')}</Title>
          <Text c="dimmed" ta="center" style={{ overflowWrap: 'anywhere' }}>
            {t('imports.run.doneBody', { name: job.fileName })}
          </Text>
        </Stack>
        <SimpleGrid cols={3} spacing="xl">
          <Count label={t('imports.report.toCreate')} value={job.created} testId="done-created" />
          <Count label={t('imports.report.toUpdate')} value={job.updated} testId="done-updated" />
          <Count label={t('imports.report.unchanged')} value={job.unchanged} testId="done-unchanged" />
        </SimpleGrid>
        <Group justify="center" wrap="wrap">
          <Button variant="default" component={Link} to="/imports/new" leftSection={<IconPlus size={18} />}>
            {t('imports.run.another')}
          </Button>
          <Button
            component="a"
            href={listPath}
            onClick={(event: React.MouseEvent) => {
              // The list pages belong to other features: navigate by path, inside the app.
              event.preventDefault();
              router.history.push(listPath);
            }}
            rightSection={<IconArrowRight size={18} />}
            data-testid="open-imported"
          >
            {t('imports.run.openList', { type: recordType })}
          </Button>
        </Group>
      </Stack>
    );
  }

  if (job.status === 'failed') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={t('imports.run.failedTitle')}>
        <Text size="sm">{t('imports.run.failedBody')}</Text>
        {job.message ? (
          <Text size="sm" mt={4} fw={500}>
            {job.message}
          </Text>
        ) : null}
        {job.issues.slice(0, 5).map((issue) => (
          <Text key={`${issue.row}-${issue.message}`} size="sm" mt={4}>
            {issue.row > 0 ? `${t('imports.report.line', { row: issue.row })}: ` : ''}
            {issue.message}
          </Text>
        ))}
      </Alert>
    );
  }

  const total = job.totalRows ?? 0;
  const share = total > 0 ? Math.min(100, (job.processedRows / total) * 100) : 0;
  return (
    <Stack gap="sm" py="lg" data-testid="import-running">
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {t('imports.run.running', { name: job.fileName })}
      </Text>
      <Progress value={share} size="xl" radius="xl" animated striped aria-label={t('imports.steps.run')} />
      <Text size="sm" c="dimmed">
        {t('imports.run.progress', { done: job.processedRows.toLocaleString(), total: total.toLocaleString() })}
      </Text>
    </Stack>
  );
};
