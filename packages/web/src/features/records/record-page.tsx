import { Button, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { RecordType } from '@pacer/core';
import { IconChevronLeft, IconPencil, IconSearchOff } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyCard, QueryLoadError } from '../../components/feedback';
import { isApiError } from '../../lib/api-client';
import { useCan } from '../auth/session';
import { ArchivedBadge, ArchivedNotice, RecordMenu } from './record-archive';
import { RecordDrawer } from './record-form';

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
        <EmptyCard
          icon={<IconSearchOff size={28} />}
          title={t('records.page.notFoundTitle')}
          description={t('records.page.notFoundBody')}
        />
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

interface PagedRecord {
  id: string;
  name: string;
  archivedAt: string | null;
  updatedAt: string;
}

interface RecordPageLayoutProps<T extends PagedRecord> {
  type: RecordType;
  record: T;
  back: { to: ListPath; label: string };
  subtitle?: ReactNode;
  /** The type's own badges; the archived badge follows them. */
  badges?: ReactNode;
  /** The type's own actions for people who may write; Edit and the "…" menu follow them. */
  actions?: ReactNode;
  editTitle: string;
  /** The edit form in the drawer; `close` when it is saved or cancelled. */
  editForm: (record: T, close: () => void) => ReactNode;
  /** Below the header and the archived notice, over the whole width (a converted lead's links, a deal's figures). */
  notices?: ReactNode;
  /** The narrow column: details. */
  aside: ReactNode;
  /** The wide column: timeline and related records. */
  main: ReactNode;
  /** Dialogs of the page's own actions. */
  children?: ReactNode;
}

/**
 * One record's page: header with badges and actions, an archived notice, details beside the
 * timeline and related records, and the edit drawer.
 */
export const RecordPageLayout = <T extends PagedRecord>({
  type,
  record,
  back,
  subtitle,
  badges,
  actions,
  editTitle,
  editForm,
  notices,
  aside,
  main,
  children,
}: RecordPageLayoutProps<T>) => {
  const { t } = useTranslation();
  const canWrite = useCan('crm:write');
  const [editing, setEditing] = useState(false);
  const close = () => setEditing(false);
  return (
    <>
      <RecordHeader
        back={back}
        title={record.name}
        subtitle={subtitle}
        badges={
          <>
            {badges}
            <ArchivedBadge archivedAt={record.archivedAt} />
          </>
        }
        actions={
          canWrite ? (
            <>
              {actions}
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                {t('actions.edit')}
              </Button>
              <RecordMenu type={type} record={record} name={record.name} />
            </>
          ) : null
        }
      />
      <ArchivedNotice archivedAt={record.archivedAt} />
      {notices}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">{aside}</Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">{main}</Stack>
        </Grid.Col>
      </Grid>
      <RecordDrawer
        target={editing ? record : null}
        title={editTitle}
        formKey={(target) => target.updatedAt}
        onClose={close}
      >
        {(target) => editForm(target, close)}
      </RecordDrawer>
      {children}
    </>
  );
};
