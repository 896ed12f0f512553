import { ActionIcon, Alert, Badge, Menu } from '@mantine/core';
import type { RecordType } from '@pacer/core';
import { IconArchive, IconArchiveOff, IconDots } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { recordApi, refreshRecords } from './record-api';

/** Archive or restore one record (`true` archives), say so, and refresh what shows its type. */
export const useArchiveRecord = ({
  type,
  id,
  message,
  onDone,
}: {
  type: RecordType;
  id: string;
  /** What the notification says once it is archived (true) or restored (false). */
  message: (archived: boolean) => string;
  onDone?: () => void;
}) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (archived: boolean) => recordApi.archive(type, id, archived),
    onSuccess: async (_saved, archived) => {
      notifySuccess(message(archived));
      await refreshRecords(queryClient, type);
      onDone?.();
    },
    onError: (error) => notifyError(error),
  });
};

/** Say a record is archived, with when. */
export const ArchivedNotice = ({ archivedAt }: { archivedAt: string | null }) => {
  const { t } = useTranslation();
  if (!archivedAt) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconArchive size={18} />} mb="lg" data-testid="archived-notice">
      {t('records.page.archivedNotice', { date: formatDate(archivedAt) })}
    </Alert>
  );
};

export const ArchivedBadge = ({ archivedAt }: { archivedAt: string | null | undefined }) => {
  const { t } = useTranslation();
  return archivedAt ? (
    <Badge color="orange" variant="light">
      {t('labels.archived')}
    </Badge>
  ) : null;
};

/** The "…" menu of a record page: archive or restore, plus the type's own entries. */
export const RecordMenu = ({
  type,
  record,
  name,
  children,
}: {
  type: RecordType;
  record: { id: string; archivedAt: string | null };
  name: string;
  children?: ReactNode;
}) => {
  const { t } = useTranslation();
  const archive = useArchiveRecord({
    type,
    id: record.id,
    message: (archived) => t(archived ? 'records.page.archived' : 'records.page.restored', { name }),
  });
  return (
    <Menu position="bottom-end" shadow="md" withinPortal>
      <Menu.Target>
        <ActionIcon variant="default" size="input-sm" aria-label={t('records.page.more')} data-testid="record-menu">
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {children}
        {record.archivedAt ? (
          <Menu.Item leftSection={<IconArchiveOff size={16} />} onClick={() => archive.mutate(false)}>
            {t('actions.restore')}
          </Menu.Item>
        ) : (
          <Menu.Item color="red" leftSection={<IconArchive size={16} />} onClick={() => archive.mutate(true)}>
            {t('actions.archive')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
};
