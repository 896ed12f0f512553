import { ActionIcon, Button, Drawer, Group, Stack, Tooltip } from '@mantine/core';
import type { Team } from '@pacer/core';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { notifyError, notifySuccess } from '../../lib/notify';
import { MemberPicker } from '../people/member-picker';
import { TeamMemberList } from '../team/team-member-row';
import { teamQuery, teamsApi } from './teams-api';

const TeamMembers = ({ team }: { team: Team }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const detail = useQuery(teamQuery(team.id));
  const [picked, setPicked] = useState<{ id: string; name: string | null } | null>(null);

  const afterChange = async () => {
    await queryClient.invalidateQueries({ queryKey: ['teams'] });
    await queryClient.invalidateQueries({ queryKey: ['members'] });
  };
  const add = useMutation({
    mutationFn: (userId: string) => teamsApi.addMember(team.id, userId),
    onSuccess: async (updated) => {
      queryClient.setQueryData(teamQuery(team.id).queryKey, updated);
      notifySuccess(t('teams.membersDrawer.added', { name: picked?.name ?? '' }));
      setPicked(null);
      await afterChange();
    },
    onError: (error) => notifyError(error),
  });
  const remove = useMutation({
    mutationFn: (member: { userId: string; name: string }) => teamsApi.removeMember(team.id, member.userId),
    onSuccess: async (updated, member) => {
      queryClient.setQueryData(teamQuery(team.id).queryKey, updated);
      notifySuccess(t('teams.membersDrawer.removed', { name: member.name }));
      await afterChange();
    },
    onError: (error) => notifyError(error),
  });

  if (detail.isError) {
    return <QueryLoadError query={detail} />;
  }
  const members = detail.data?.members ?? [];
  return (
    <Stack gap="lg">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <MemberPicker
          label={t('teams.membersDrawer.add')}
          placeholder={t('teams.membersDrawer.addPlaceholder')}
          nothingFoundMessage={t('teams.picker.nothingFound')}
          value={picked?.id ?? null}
          onChange={(id, name) => setPicked(id ? { id, name } : null)}
          excludeIds={members.map((member) => member.userId)}
          style={{ flex: 1 }}
          data-testid="add-member-picker"
        />
        <Button
          leftSection={<IconUserPlus size={16} />}
          disabled={!picked}
          loading={add.isPending}
          onClick={() => picked && add.mutate(picked.id)}
        >
          {t('actions.add')}
        </Button>
      </Group>
      {!detail.data ? (
        <RowsSkeleton rows={4} height={48} />
      ) : (
        <TeamMemberList
          members={members}
          managerId={detail.data.managerId}
          emptyTitle={t('teams.membersDrawer.emptyTitle')}
          emptyBody={t('teams.membersDrawer.emptyBody')}
          actions={(member) => (
            <Tooltip label={t('teams.membersDrawer.removeLabel', { name: member.name })}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('teams.membersDrawer.removeLabel', { name: member.name })}
                loading={remove.isPending && remove.variables?.userId === member.userId}
                onClick={() => remove.mutate(member)}
              >
                <IconUserMinus size={18} />
              </ActionIcon>
            </Tooltip>
          )}
        />
      )}
    </Stack>
  );
};

/** Add people to a team or take them off it. */
export const TeamMembersDrawer = ({ team, onClose }: { team: Team | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={team !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={team ? t('teams.membersDrawer.title', { name: team.name }) : ''}
    >
      {team ? <TeamMembers key={team.id} team={team} /> : null}
    </Drawer>
  );
};
