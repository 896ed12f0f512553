import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { locales, type Session } from '@pacer/core';
import {
  IconBuildingSkyscraper,
  IconCheck,
  IconChevronDown,
  IconLanguage,
  IconLogout,
  IconUserCircle,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../features/auth/auth-api';
import { startSession } from '../features/auth/session';
import { useChangeLocale } from '../features/profile/language-switch';
import { api } from '../lib/api-client';
import { initialsOf } from '../lib/format';
import { notifyError } from '../lib/notify';

/** The account menu in the header: who is signed in, profile, language, other orgs, sign out. */
export const UserMenu = ({ session, onNavigate }: { session: Session; onNavigate: () => void }) => {
  const { t, i18n } = useTranslation();
  const signOut = useSignOut();
  const changeLocale = useChangeLocale();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const otherOrgs = session.memberships.filter((membership) => membership.orgId !== session.org.id);

  const switchOrg = async (orgId: string) => {
    try {
      startSession(queryClient, await api.put<Session>('/session/org', { orgId }));
      await navigate({ to: '/' });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Menu position="bottom-end" width={260} shadow="lg" radius="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.userMenu')} data-testid="user-menu" style={{ borderRadius: 999 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="pacer" radius="xl" size={34} variant="light">
              {initialsOf(session.user.name)}
            </Avatar>
            <Stack gap={0} visibleFrom="sm" maw={180}>
              <Text size="sm" fw={600} truncate lh={1.2}>
                {session.user.name}
              </Text>
              <Text size="xs" c="dimmed" truncate lh={1.2}>
                {t(`roles.${session.member.role}`)}
              </Text>
            </Stack>
            <IconChevronDown size={16} color="var(--mantine-color-dimmed)" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={0} px="sm" py={6}>
          <Text size="sm" fw={600} truncate>
            {session.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {session.user.email}
          </Text>
        </Stack>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconUserCircle size={16} />}
          onClick={onNavigate}
          renderRoot={(props) => <Link to="/profile" {...props} />}
        >
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>
          <Group gap={6}>
            <IconLanguage size={14} />
            {t('nav.language')}
          </Group>
        </Menu.Label>
        {locales.map((locale) => (
          <Menu.Item
            key={locale}
            onClick={() => void changeLocale(locale)}
            rightSection={i18n.language === locale ? <IconCheck size={16} /> : null}
            data-testid={`language-${locale}`}
            lang={locale}
          >
            {t(`languages.${locale}`)}
          </Menu.Item>
        ))}
        {otherOrgs.length > 0 ? (
          <>
            <Menu.Divider />
            {otherOrgs.map((membership) => (
              <Menu.Item
                key={membership.orgId}
                leftSection={<IconBuildingSkyscraper size={16} />}
                onClick={() => void switchOrg(membership.orgId)}
              >
                {membership.orgName}
              </Menu.Item>
            ))}
          </>
        ) : null}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
          {t('actions.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
};
