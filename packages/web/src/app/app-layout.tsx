import { AppShell, Box, Burger, Container, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandLogo } from '../components/brand-logo';
import { SessionContext, sessionQuery } from '../features/auth/session';
import { QuickLog } from '../features/quick-log/quick-log';
import { QuickLogButton } from '../features/quick-log/quick-log-button';
import { SearchButton } from '../features/search/search-button';
import { SearchSpotlight } from '../features/search/search-spotlight';
import { type NavItem, navItems, navItemsFor } from './navigation';
import { UserMenu } from './user-menu';

const matches = (item: NavItem, pathname: string): boolean =>
  item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);

/** The item the page belongs to: the longest matching path, so /deals/board is not also /deals. */
const isActive = (item: NavItem, pathname: string): boolean =>
  matches(item, pathname) && !navItems.some((other) => other.to.length > item.to.length && matches(other, pathname));

const NavSection = ({
  title,
  items,
  pathname,
  onNavigate,
}: {
  title: string;
  items: NavItem[];
  pathname: string;
  onNavigate: () => void;
}) => {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4} lts={0.6}>
        {title}
      </Text>
      {items.map((item) => (
        <NavLink
          key={item.to}
          label={t(item.label)}
          leftSection={<item.icon size={20} stroke={1.6} />}
          active={isActive(item, pathname)}
          onClick={onNavigate}
          variant="light"
          fw={500}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
          // Exact: the router would also mark /deals active on /deals/board; `active` above decides.
          renderRoot={(props) => <Link to={item.to} activeOptions={{ exact: true }} {...props} />}
        />
      ))}
    </Stack>
  );
};

/** The signed-in frame: header with brand and account menu, role-fitted navigation, page outlet. */
export const AppLayout = () => {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { data: session } = useQuery(sessionQuery);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const signedOut = !session;

  // Signed out meanwhile (sign-out, another tab, an expired session): back to the sign-in page.
  useEffect(() => {
    if (signedOut) void navigate({ to: '/sign-in', replace: true });
  }, [signedOut, navigate]);

  if (!session) return null;

  const items = navItemsFor(session.member.role);
  return (
    <SessionContext.Provider value={session}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding={0}
      >
        <AppShell.Header px={{ base: 'sm', sm: 'md' }}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggleNavigation')}
              />
              <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} onClick={close}>
                <BrandLogo size="sm" />
              </Link>
              <Text
                c="dimmed"
                size="sm"
                visibleFrom="md"
                truncate
                ml="xs"
                pl="md"
                style={{ borderLeft: '1px solid var(--mantine-color-default-border)' }}
              >
                {session.org.name}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <SearchButton />
              <QuickLogButton />
              <UserMenu session={session} onNavigate={close} />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="md" aria-label={t('nav.workspace')}>
          <AppShell.Section grow component={ScrollArea} scrollbarSize={6}>
            <Stack gap="lg">
              <NavSection
                title={t('nav.workspace')}
                items={items.filter((item) => item.section === 'workspace')}
                pathname={pathname}
                onNavigate={close}
              />
              <NavSection
                title={t('nav.sales')}
                items={items.filter((item) => item.section === 'sales')}
                pathname={pathname}
                onNavigate={close}
              />
              <NavSection
                title={t('nav.administration')}
                items={items.filter((item) => item.section === 'administration')}
                pathname={pathname}
                onNavigate={close}
              />
            </Stack>
          </AppShell.Section>
          <AppShell.Section>
            <Box p="sm" bg="var(--mantine-color-default-hover)" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
              <Text size="sm" fw={600} truncate>
                {session.org.name}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {t(`roles.${session.member.role}`)}
                {session.member.repType ? ` · ${t(`repTypes.${session.member.repType}`)}` : ''}
              </Text>
            </Box>
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main bg="var(--pacer-page-bg)">
          <Container size="xl" px={{ base: 'md', sm: 'xl' }} py={{ base: 'lg', sm: 'xl' }}>
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
      <SearchSpotlight />
      <QuickLog />
    </SessionContext.Provider>
  );
};
