import {
  ActionIcon,
  Alert,
  Badge,
  Card,
  DataList,
  EmptyState,
  Group,
  Menu,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { hasPermission, type RecordType } from '@pacer/core';
import { IconArchive, IconArchiveOff, IconChevronLeft, IconDots, IconSearchOff } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { QueryLoadError } from '../../components/feedback';
import { isApiError } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSession } from '../auth/session';
import { recordApi, refreshRecords } from './record-api';

/** Whether the signed-in person may change CRM records at all (the server still checks each one). */
export const useCanWrite = (): boolean => hasPermission(useSession().member.role, 'crm:write');

/** Whether the signed-in person may configure pipelines, the catalog and custom fields. */
export const useCanConfigure = (): boolean => hasPermission(useSession().member.role, 'crm:configure');

type ListPath = '/accounts' | '/contacts' | '/leads' | '/deals' | '/estimates' | '/activities' | '/products';

interface RecordHeaderProps {
  back: { to: ListPath; label: string };
  title: string;
  subtitle?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
}

/** The top of a record page: back to the list, the record's name, its badges and actions. */
export const RecordHeader = ({ back, title, subtitle, badges, actions }: RecordHeaderProps) => {
  useDocumentTitle(`${title} · Pacer`);
  return (
    <Stack gap="xs" mb="lg">
      <AnchorLink to={back.to} size="sm" c="dimmed" w="fit-content">
        <Group gap={4} wrap="nowrap">
          <IconChevronLeft size={14} />
          {back.label}
        </Group>
      </AnchorLink>
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Stack gap={4} miw={0} style={{ flex: '1 1 18rem' }}>
          <Group gap="sm" wrap="wrap" align="center">
            <Title order={2} fw={700} lts={-0.3} style={{ overflowWrap: 'anywhere' }} data-testid="record-title">
              {title}
            </Title>
            {badges}
          </Group>
          {subtitle ? (
            <Text c="dimmed" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {subtitle}
            </Text>
          ) : null}
        </Stack>
        {actions ? (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        ) : null}
      </Group>
    </Stack>
  );
};

/** A field of a record page: label left, value right; empty values show a quiet dash. */
export interface FieldRow {
  label: string;
  value: ReactNode;
  /** Kept out of the list when it has no value. */
  optional?: boolean;
}

const isEmpty = (value: ReactNode) => value === null || value === undefined || value === '' || value === false;

export const FieldList = ({ fields }: { fields: FieldRow[] }) => (
  <DataList size="sm" gap="xs">
    {fields
      .filter((field) => !(field.optional && isEmpty(field.value)))
      .map((field) => (
        <DataList.Item key={field.label}>
          {/* A fixed label column: long labels (German ones) wrap instead of pushing the values out of line. */}
          <DataList.ItemLabel style={{ flex: '0 0 40%', maxWidth: '40%', minWidth: 0 }}>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}>
              {field.label}
            </Text>
          </DataList.ItemLabel>
          <DataList.ItemValue style={{ flex: 1, minWidth: 0 }}>
            <Text component="div" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {isEmpty(field.value) ? (
                <Text span c="dimmed">
                  —
                </Text>
              ) : (
                field.value
              )}
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
      ))}
  </DataList>
);

/** A titled card of a record page, with an optional action on the right of its title. */
export const SectionCard = ({
  title,
  action,
  children,
  testId,
}: {
  title: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}) => (
  <Card data-testid={testId}>
    <Group justify="space-between" mb="sm" gap="xs" wrap="nowrap">
      <Title order={4} style={{ minWidth: 0 }}>
        {title}
      </Title>
      {action}
    </Group>
    {children}
  </Card>
);

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
      {t('records.list.archivedBadge')}
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
  const queryClient = useQueryClient();
  const archive = useMutation({
    mutationFn: (archived: boolean) => recordApi.archive(type, record.id, archived),
    onSuccess: async (_saved, archived) => {
      notifySuccess(t(archived ? 'records.page.archived' : 'records.page.restored', { name }));
      await refreshRecords(queryClient, type);
    },
    onError: (error) => notifyError(error),
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
            {t('records.page.restore')}
          </Menu.Item>
        ) : (
          <Menu.Item color="red" leftSection={<IconArchive size={16} />} onClick={() => archive.mutate(true)}>
            {t('records.page.archive')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
};

/** Loading, failed and not-found states of a record page; the page itself once the record is there. */
export const RecordPageState = <T,>({
  query,
  children,
}: {
  query: { data: T | undefined; error: unknown; isError: boolean; refetch: () => unknown };
  children: (record: T) => ReactNode;
}) => {
  const { t } = useTranslation();
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <Card>
          <EmptyState
            icon={<IconSearchOff size={28} />}
            variant="light"
            title={t('records.page.notFoundTitle')}
            description={t('records.page.notFoundBody')}
            py="xl"
          />
        </Card>
      );
    }
    return <QueryLoadError query={query} />;
  }
  if (query.data === undefined) {
    return (
      <Stack gap="lg">
        <Skeleton height={36} width="40%" />
        <Skeleton height={220} />
        <Skeleton height={160} />
      </Stack>
    );
  }
  return <>{children(query.data)}</>;
};
