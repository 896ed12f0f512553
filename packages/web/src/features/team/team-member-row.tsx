import { Avatar, Badge, EmptyState, Flex, Group, Stack, Text } from '@mantine/core';
import type { TeamDetail } from '@pacer/core';
import { IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { initialsOf } from '../../lib/format';
import { RepTypeBadge, RoleBadge } from '../people/member-labels';

type TeamMember = TeamDetail['members'][number];

interface TeamMemberRowProps {
  member: TeamMember;
  isManager?: boolean;
  isYou?: boolean;
  /** Buttons at the end of the row (remove, say). */
  actions?: ReactNode;
}

/** One person of a team: avatar, name and e-mail, role and rep type. */
export const TeamMemberRow = ({ member, isManager = false, isYou = false, actions }: TeamMemberRowProps) => {
  const { t } = useTranslation();
  return (
    <Flex
      direction={{ base: 'column', xs: 'row' }}
      justify="space-between"
      align={{ base: 'stretch', xs: 'center' }}
      gap={{ base: 6, xs: 'sm' }}
      py="sm"
      data-testid="team-member"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Avatar color={isManager ? 'pacer' : 'gray'} variant={isManager ? 'filled' : 'light'} radius="xl">
          {initialsOf(member.name)}
        </Avatar>
        <Stack gap={0} miw={0}>
          <Group gap={6} wrap="nowrap" miw={0}>
            <Text fw={600} size="sm" truncate>
              {member.name}
            </Text>
            {isYou ? (
              <Badge size="xs" variant="filled" color="gray" style={{ flexShrink: 0 }}>
                {t('myTeam.you')}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed" truncate>
            {member.email}
          </Text>
        </Stack>
      </Group>
      <Group gap={6} wrap="wrap" justify="flex-end" pl={{ base: 50, xs: 0 }} style={{ flexShrink: 0 }}>
        {isManager ? (
          <Badge variant="filled" color="pacer">
            {t('myTeam.lead')}
          </Badge>
        ) : null}
        <RoleBadge role={member.role} />
        <RepTypeBadge repType={member.repType} />
        {actions}
      </Group>
    </Flex>
  );
};

interface TeamMemberListProps {
  members: TeamMember[];
  managerId: string | null;
  /** The signed-in person, marked "you". */
  youId?: string;
  /** What an empty team says. */
  emptyTitle: string;
  emptyBody: string;
  /** Buttons at the end of each row. */
  actions?: (member: TeamMember) => ReactNode;
}

/** The people of a team, one row each, its manager marked; a short note when there is nobody. */
export const TeamMemberList = ({ members, managerId, youId, emptyTitle, emptyBody, actions }: TeamMemberListProps) =>
  members.length === 0 ? (
    <EmptyState
      icon={<IconUsersGroup size={26} />}
      variant="light"
      size="sm"
      title={emptyTitle}
      description={emptyBody}
      py="lg"
    />
  ) : (
    <Stack gap={0}>
      {members.map((member) => (
        <TeamMemberRow
          key={member.userId}
          member={member}
          isManager={member.userId === managerId}
          isYou={member.userId === youId}
          actions={actions?.(member)}
        />
      ))}
    </Stack>
  );
