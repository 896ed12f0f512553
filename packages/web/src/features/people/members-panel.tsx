import {
  ActionIcon,
  Avatar,
  Box,
  Button,
  Card,
  Center,
  EmptyState,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Member, MemberStatus, Role } from '@pacer/core';
import { IconPencil, IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { formatDate, initialsOf } from '../../lib/format';
import { EditMemberDrawer } from './edit-member-drawer';
import { RepTypeBadge, RoleBadge, roleOptions, StatusBadge, statusOptions } from './member-labels';
import { membersQuery } from './people-api';

const MemberRow = ({ member, onEdit }: { member: Member; onEdit: () => void }) => {
  const { t } = useTranslation();
  return (
    <Table.Tr
      data-testid="member-row"
      onClick={onEdit}
      style={{ cursor: 'pointer', opacity: member.status === 'active' ? 1 : 0.6 }}
    >
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Avatar radius="xl" color="pacer" variant="light" size={36}>
            {initialsOf(member.name)}
          </Avatar>
          <Stack gap={0} miw={0} maw={{ base: 112, xs: 220, sm: 300, lg: 380 }}>
            <Text size="sm" fw={600} truncate>
              {member.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {member.email}
            </Text>
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start" miw="max-content">
          <RoleBadge role={member.role} />
          {/* Phones have no rep type column: the badge sits under the role. */}
          <Box hiddenFrom="md">
            <RepTypeBadge repType={member.repType} />
          </Box>
        </Stack>
      </Table.Td>
      <Table.Td visibleFrom="md">
        <RepTypeBadge repType={member.repType} />
      </Table.Td>
      <Table.Td visibleFrom="md">
        <Text size="sm">{member.title ?? ''}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <StatusBadge status={member.status} />
      </Table.Td>
      <Table.Td visibleFrom="md">
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(member.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Tooltip label={t('actions.edit')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={onEdit}
            aria-label={t('people.table.edit', { name: member.name })}
          >
            <IconPencil size={18} />
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
};

/** The member directory: search, filter by role and status, page on, edit one. */
export const MembersPanel = () => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [status, setStatus] = useState<MemberStatus | null>(null);
  const [editing, setEditing] = useState<Member | null>(null);
  const members = useInfiniteQuery(membersQuery({ q, role, status }));
  const rows = members.data?.pages.flatMap((page) => page.items) ?? [];

  const content = () => {
    if (members.isError) {
      return <QueryLoadError query={members} />;
    }
    if (!members.data) return <RowsSkeleton rows={6} height={52} />;
    if (rows.length === 0) {
      return (
        <EmptyState
          icon={<IconUserSearch size={28} />}
          variant="light"
          title={t('people.empty.title')}
          description={t('people.empty.body')}
          py="xl"
        />
      );
    }
    return (
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.table.person')}</Table.Th>
              <Table.Th>{t('people.table.role')}</Table.Th>
              <Table.Th visibleFrom="md">{t('people.table.repType')}</Table.Th>
              <Table.Th visibleFrom="md">{t('people.table.title')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('people.table.status')}</Table.Th>
              <Table.Th visibleFrom="md">{t('people.table.joined')}</Table.Th>
              <Table.Th ta="right">
                <VisuallyHidden>{t('people.table.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((member) => (
              <MemberRow key={member.userId} member={member} onEdit={() => setEditing(member)} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  };

  return (
    <Card p={0}>
      <Group p="md" gap="sm" wrap="wrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <TextInput
          placeholder={t('people.filters.search')}
          aria-label={t('people.filters.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 14rem' }}
        />
        <Select
          aria-label={t('people.filters.role')}
          placeholder={t('people.filters.allRoles')}
          data={roleOptions(t)}
          value={role}
          onChange={(value) => setRole(value as Role | null)}
          clearable
          w={{ base: '100%', xs: 170 }}
        />
        <Select
          aria-label={t('people.filters.status')}
          placeholder={t('people.filters.allStatuses')}
          data={statusOptions(t)}
          value={status}
          onChange={(value) => setStatus(value as MemberStatus | null)}
          clearable
          w={{ base: '100%', xs: 170 }}
        />
      </Group>
      <Stack p="md" pt="xs" gap="md">
        {content()}
        {members.hasNextPage ? (
          <Center>
            <Button variant="light" onClick={() => void members.fetchNextPage()} loading={members.isFetchingNextPage}>
              {t('actions.loadMore')}
            </Button>
          </Center>
        ) : null}
      </Stack>
      <EditMemberDrawer member={editing} onClose={() => setEditing(null)} />
    </Card>
  );
};
