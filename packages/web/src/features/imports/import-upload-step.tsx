import '@mantine/dropzone/styles.css';
import { Card, Chip, Group, Progress, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { type RecordType, recordTypes } from '@pacer/core';
import { IconFileSpreadsheet, IconUpload, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/notify';
import { useSession } from '../auth/session';
import { uploadImport } from './imports-api';

const accepted = {
  'text/csv': ['.csv'],
  'text/plain': ['.csv'],
  'application/vnd.ms-excel': ['.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

/** Step one: say what the file holds, drop it; the server answers its columns and a suggested mapping. */
export const ImportUploadStep = () => {
  const { t } = useTranslation();
  const { csrfToken } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [recordType, setRecordType] = useState<RecordType>('deals');
  const [progress, setProgress] = useState(0);
  const upload = useMutation({
    mutationFn: (file: File) => uploadImport({ file, recordType, csrfToken }, setProgress),
    onSuccess: async (job) => {
      queryClient.setQueryData(['imports', 'detail', job.id], job);
      void queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
      await navigate({ to: '/imports/$importId', params: { importId: job.id } });
    },
    onError: (error) => {
      setProgress(0);
      notifyError(error);
    },
  });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Text fw={600}>{t('imports.upload.recordType')}</Text>
        <Chip.Group value={recordType} onChange={(value) => setRecordType(value as RecordType)}>
          <Group gap="xs" data-testid="import-record-type">
            {recordTypes.map((type) => (
              <Chip key={type} value={type} size="md" radius="xl">
                {t(`nav.${type}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>
      <Card p={0} withBorder={false} shadow="none">
        <Dropzone
          onDrop={(files) => {
            const [file] = files;
            if (file) upload.mutate(file);
          }}
          onReject={() => notifyError(null, t('imports.upload.reject'))}
          accept={accepted}
          multiple={false}
          loading={upload.isPending}
          radius="lg"
          p="xl"
          data-testid="import-dropzone"
        >
          <Group justify="center" gap="xl" mih={180} style={{ pointerEvents: 'none' }} wrap="wrap">
            <Dropzone.Accept>
              <IconUpload size={52} color="var(--mantine-color-pacer-6)" stroke={1.5} />
            </Dropzone.Accept>
            <Dropzone.Reject>
              <IconX size={52} color="var(--mantine-color-red-6)" stroke={1.5} />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <IconFileSpreadsheet size={52} color="var(--mantine-color-dimmed)" stroke={1.5} />
            </Dropzone.Idle>
            <Stack gap={6} maw={420}>
              <Text size="lg" fw={600}>
                {t('imports.upload.drop')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('imports.upload.dropHint')}
              </Text>
            </Stack>
          </Group>
        </Dropzone>
      </Card>
      {upload.isPending ? (
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t('imports.upload.uploading', { name: upload.variables?.name ?? '' })}
          </Text>
          <Progress value={progress * 100} animated />
        </Stack>
      ) : null}
    </Stack>
  );
};
