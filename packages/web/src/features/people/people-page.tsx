import { Badge, Button, Stack, Tabs } from '@mantine/core';
import { IconMailForward, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { InvitationsPanel } from './invitations-panel';
import { InviteModal } from './invite-modal';
import { MembersPanel } from './members-panel';
import { invitationsQuery } from './people-api';

/** Admin: the people of the org and the invitations still open. */
export const PeoplePage = () => {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('members');
  const [inviting, setInviting] = useState(false);
  const invitations = useQuery(invitationsQuery);
  const pendingCount = invitations.data?.filter((invitation) => invitation.status === 'pending').length ?? 0;

  return (
    <>
      <PageHeader
        title={t('people.title')}
        description={t('people.subtitle')}
        actions={
          <Button leftSection={<IconMailForward size={18} />} onClick={() => setInviting(true)}>
            {t('people.invite')}
          </Button>
        }
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="members" leftSection={<IconUsers size={16} />}>
            {t('people.tabs.members')}
          </Tabs.Tab>
          <Tabs.Tab
            value="invitations"
            leftSection={<IconMailForward size={16} />}
            rightSection={
              pendingCount > 0 ? (
                <Badge size="sm" variant="light" circle>
                  {pendingCount}
                </Badge>
              ) : null
            }
          >
            {t('people.tabs.invitations')}
          </Tabs.Tab>
        </Tabs.List>
        <Stack>
          <Tabs.Panel value="members">
            <MembersPanel />
          </Tabs.Panel>
          <Tabs.Panel value="invitations">
            <InvitationsPanel onInvite={() => setInviting(true)} />
          </Tabs.Panel>
        </Stack>
      </Tabs>
      <InviteModal opened={inviting} onClose={() => setInviting(false)} onSent={() => setTab('invitations')} />
    </>
  );
};
