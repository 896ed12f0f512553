import { Button, Card, EmptyState, Group, Modal, Table, Text } from '@mantine/core';
import type { Invitation } from '@pacer/core';
import { IconMailForward, IconMailOff, IconSend, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { formatDate } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { teamsQuery } from '../teams/teams-api';
import { InvitationLink } from './invite-modal';
import { RepTypeBadge, RoleBadge } from './member-labels';
import { invitationsQuery, peopleApi, type SentInvitation } from './people-api';

/** Pending invitations: send again (a fresh link) or revoke. */
export const InvitationsPanel = ({ onInvite }: { onInvite: () => void }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invitations = useQuery(invitationsQuery);
  const teams = useQuery(teamsQuery);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [resent, setResent] = useState<SentInvitation | null>(null);
  const teamName = (teamId: string | null) => teams.data?.find((team) => team.id === teamId)?.name ?? '';

  const resend = useMutation({
    mutationFn: peopleApi.resend,
    onSuccess: async (invitation) => {
      setResent(invitation);
      await queryClient.invalidateQueries({ queryKey: ['invitations'] });
    },
    onError: (error) => notifyError(error),
  });
  const revoke = useMutation({
    mutationFn: peopleApi.revoke,
    onSuccess: async () => {
      setRevoking(null);
      notifySuccess(t('people.invitations.revoked'));
      await queryClient.invalidateQueries({ queryKey: ['invitations'] });
    },
    onError: (error) => notifyError(error),
  });

  if (invitations.isError) {
    return <QueryLoadError query={invitations} />;
  }
  const pending = invitations.data?.filter((invitation) => invitation.status === 'pending');

  return (
    <Card p={pending && pending.length > 0 ? 0 : 'lg'}>
      {!pending ? (
        <RowsSkeleton rows={3} height={48} />
      ) : pending.length === 0 ? (
        <EmptyState
          icon={<IconMailOff size={28} />}
          variant="light"
          title={t('people.invitations.emptyTitle')}
          description={t('people.invitations.emptyBody')}
          py="lg"
        >
          <EmptyState.Actions>
            <Button leftSection={<IconMailForward size={18} />} onClick={onInvite}>
              {t('people.invite')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.invitations.email')}</Table.Th>
                <Table.Th>{t('people.invitations.role')}</Table.Th>
                <Table.Th visibleFrom="md">{t('people.invitations.team')}</Table.Th>
                <Table.Th visibleFrom="lg">{t('people.invitations.sent')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('people.invitations.expires')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((invitation) => (
                <Table.Tr key={invitation.id} data-testid="invitation-row">
                  <Table.Td>
                    <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
                      {invitation.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <RoleBadge role={invitation.role} />
                      <RepTypeBadge repType={invitation.repType} />
                    </Group>
                  </Table.Td>
                  <Table.Td visibleFrom="md">
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {teamName(invitation.teamId)}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="lg">
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(invitation.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(invitation.expiresAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="wrap">
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconSend size={14} />}
                        loading={resend.isPending && resend.variables === invitation.id}
                        onClick={() => resend.mutate(invitation.id)}
                      >
                        {t('people.invitations.resend')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconX size={14} />}
                        onClick={() => setRevoking(invitation)}
                      >
                        {t('people.invitations.revoke')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={revoking !== null}
        title={t('people.invitations.revokeTitle')}
        message={t('people.invitations.revokeBody', { email: revoking?.email ?? '' })}
        confirmLabel={t('people.invitations.revoke')}
        cancelLabel={t('actions.cancel')}
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        onClose={() => setRevoking(null)}
      />
      <Modal
        opened={resent !== null}
        onClose={() => setResent(null)}
        title={t('people.invitations.resentTitle')}
        size="lg"
      >
        {resent ? <InvitationLink invitation={resent} /> : null}
        <Group justify="flex-end" mt="md">
          <Button onClick={() => setResent(null)}>{t('people.inviteForm.done')}</Button>
        </Group>
      </Modal>
    </Card>
  );
};
