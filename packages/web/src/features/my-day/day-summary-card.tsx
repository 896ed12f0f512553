import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import type { CallReport } from '@pacer/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify';
import { callReportsApi } from '../call-reports/call-reports-api';

interface DaySummaryCardProps {
  report: CallReport;
  /** The note as typed, lifted so that submitting can save it first. */
  draft: string;
  onDraftChange: (text: string) => void;
}

/** The rep's note on the day, saved on its own or with the submission. */
export const DaySummaryCard = ({ report, draft, onDraftChange }: DaySummaryCardProps) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [savedText, setSavedText] = useState(report.summary ?? '');
  const dirty = draft !== savedText;
  const save = useMutation({
    mutationFn: () => callReportsApi.saveMine(report.day, draft),
    onSuccess: async (saved) => {
      setSavedText(saved.summary ?? '');
      notifySuccess(t('myDay.summarySaved'));
      await queryClient.invalidateQueries({ queryKey: ['call-reports', 'mine', report.day] });
    },
    onError: (error) => notifyError(error),
  });
  return (
    <Card>
      <Stack gap="sm">
        <Title order={4}>{t('callReports.report.summary')}</Title>
        <Textarea
          aria-label={t('callReports.report.summary')}
          placeholder={t('myDay.summaryPlaceholder')}
          size="lg"
          autosize
          minRows={4}
          maxRows={12}
          maxLength={20_000}
          value={draft}
          onChange={(event) => onDraftChange(event.currentTarget.value)}
          data-testid="day-summary"
        />
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {dirty ? t('myDay.unsaved') : ''}
          </Text>
          <Button
            variant="light"
            size="md"
            leftSection={<IconDeviceFloppy size={18} />}
            disabled={!dirty}
            loading={save.isPending}
            onClick={() => save.mutate()}
          >
            {t('myDay.saveSummary')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
};
