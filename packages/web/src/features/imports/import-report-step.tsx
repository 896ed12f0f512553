import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ImportField, ImportJob, ImportRowIssue } from '@pacer/core';
import { IconAlertTriangle, IconArrowLeft, IconCircleCheck, IconPlayerPlay, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MapValuePopover } from './map-value-popover';

interface ReportStepProps {
  job: ImportJob;
  fields: ImportField[];
  onMapValue: (field: string, from: string, to: string) => void;
  onBack: () => void;
  onRecheck: () => void;
  onRun: () => void;
  busy: boolean;
}

const Figure = ({ label, value, color, testId }: { label: string; value: number; color?: string; testId: string }) => (
  <Card p="md" data-testid={testId}>
    <Text size="xs" c="dimmed" tt="uppercase" fw={700} lts={0.5}>
      {label}
    </Text>
    <Text fz={28} fw={700} c={color}>
      {value.toLocaleString()}
    </Text>
  </Card>
);

/** The same problem with the same value on many rows (one stage name, say) is one line to fix, with its rows. */
const groupIssues = (issues: ImportRowIssue[]): { issue: ImportRowIssue; rows: number[] }[] => {
  const groups = new Map<string, { issue: ImportRowIssue; rows: number[] }>();
  for (const issue of issues) {
    const key = `${issue.field}|${issue.value}|${issue.message}`;
    const group = groups.get(key);
    if (group) group.rows.push(issue.row);
    else groups.set(key, { issue, rows: [issue.row] });
  }
  return [...groups.values()];
};

const rowList = (rows: number[]): string =>
  rows.length > 6 ? `${rows.slice(0, 5).join(', ')} … (${rows.length})` : rows.join(', ');

/** Step three: what the check found — the counts to write, or each bad row, field and value to fix. */
export const ImportReportStep = ({ job, fields, onMapValue, onBack, onRecheck, onRun, busy }: ReportStepProps) => {
  const { t } = useTranslation();
  const byKey = new Map(fields.map((field) => [field.key, field]));
  if (job.status === 'validating' || job.status === 'uploaded') {
    return (
      <Group gap="sm" py="xl" justify="center">
        <Loader size="sm" />
        <Text c="dimmed">{t('imports.report.checking')}</Text>
      </Group>
    );
  }
  const invalid = job.status === 'invalid' || job.issueCount > 0;
  const rows = job.totalRows ?? job.created + job.updated + job.unchanged;

  return (
    <Stack gap="lg">
      {/* Before every row passes, nothing can be counted yet: only the rows read. */}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure label={t('imports.report.rows')} value={rows} testId="count-rows" />
        {invalid ? null : (
          <>
            <Figure label={t('imports.report.toCreate')} value={job.created} color="teal" testId="count-create" />
            <Figure label={t('imports.report.toUpdate')} value={job.updated} color="blue" testId="count-update" />
            <Figure
              label={t('imports.report.unchanged')}
              value={job.unchanged}
              color="dimmed"
              testId="count-unchanged"
            />
          </>
        )}
      </SimpleGrid>
      {invalid ? (
        <>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} data-testid="import-problems">
            <Text fw={600} size="sm">
              {t('imports.report.problems', { count: job.issueCount })}
            </Text>
            <Text size="sm">{t('imports.report.problemsBody')}</Text>
            {job.issues.length < job.issueCount ? (
              <Text size="xs" c="dimmed" mt={4}>
                {t('imports.report.moreProblems', { shown: job.issues.length, count: job.issueCount })}
              </Text>
            ) : null}
          </Alert>
          <Card p={0}>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="sm" data-testid="import-issues">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={90}>{t('imports.report.row')}</Table.Th>
                    <Table.Th>{t('imports.report.field')}</Table.Th>
                    <Table.Th>{t('imports.report.value')}</Table.Th>
                    <Table.Th>{t('imports.report.message')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {groupIssues(job.issues).map(({ issue, rows: lines }) => {
                    const field = issue.field ? byKey.get(issue.field) : undefined;
                    return (
                      <Table.Tr
                        key={`${issue.field}|${issue.value}|${issue.message}`}
                        data-testid="import-issue"
                        data-row={lines[0]}
                      >
                        <Table.Td>
                          <Text size="sm">{rowList(lines)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{field?.label ?? issue.field ?? ''}</Text>
                          {issue.column && issue.column !== (field?.label ?? issue.field) ? (
                            <Text size="xs" c="dimmed">
                              {issue.column}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                            {issue.value ?? ''}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{issue.message}</Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          {field && issue.value !== null ? (
                            <MapValuePopover
                              field={field}
                              value={issue.value}
                              onApply={(to) => onMapValue(field.key, issue.value ?? '', to)}
                            />
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        </>
      ) : (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} data-testid="import-ok">
          <Text fw={600} size="sm">
            {t('imports.report.ok')}
          </Text>
          <Text size="sm">{t('imports.report.okBody')}</Text>
        </Alert>
      )}
      <Group justify="space-between" wrap="wrap">
        <Button variant="default" leftSection={<IconArrowLeft size={18} />} onClick={onBack}>
          {t('imports.report.backToMapping')}
        </Button>
        {invalid ? (
          <Button variant="light" leftSection={<IconRefresh size={18} />} onClick={onRecheck} loading={busy}>
            {t('imports.report.recheck')}
          </Button>
        ) : (
          <Button
            size="md"
            leftSection={<IconPlayerPlay size={18} />}
            onClick={onRun}
            loading={busy}
            data-testid="run-import"
          >
            {t('imports.report.start', { count: rows })}
          </Button>
        )}
      </Group>
    </Stack>
  );
};
