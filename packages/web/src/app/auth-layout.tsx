import { Box, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { BrandLogo } from '../components/brand-logo';
import { LanguageSwitch } from '../features/profile/language-switch';

/** The frame of the signed-out pages: a brand panel on wide screens, the form on the right. */
export const AuthLayout = () => {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing={0} mih="100dvh">
      <Box
        visibleFrom="md"
        p={56}
        style={{
          background:
            'radial-gradient(circle at 20% 0%, var(--mantine-color-pacer-5) 0%, transparent 55%), linear-gradient(160deg, var(--mantine-color-pacer-8) 0%, var(--mantine-color-pacer-9) 60%, #1b1f4b 100%)',
          color: 'white',
        }}
      >
        <Stack justify="space-between" h="100%">
          <BrandLogo size="md" inverted />
          <Stack gap="lg" maw={460}>
            <Title order={1} fz={40} lh={1.15} lts={-0.8} c="white">
              {t('auth.layout.headline')}
            </Title>
            <Text size="lg" c="pacer.1">
              {t('auth.layout.body')}
            </Text>
            <List
              spacing="sm"
              c="white"
              icon={
                <ThemeIcon size={22} radius="xl" color="white" variant="white" c="pacer.7">
                  <IconCheck size={14} stroke={3} />
                </ThemeIcon>
              }
            >
              <List.Item>{t('auth.layout.point1')}</List.Item>
              <List.Item>{t('auth.layout.point2')}</List.Item>
              <List.Item>{t('auth.layout.point3')}</List.Item>
            </List>
          </Stack>
          <Text size="xs" c="pacer.2">
            {t('tagline')}
          </Text>
        </Stack>
      </Box>
      <Stack px={{ base: 'md', sm: 'xl' }} py="lg" gap={0} bg="var(--mantine-color-body)">
        <Group justify="space-between">
          <Box hiddenFrom="md">
            <BrandLogo size="sm" />
          </Box>
          <Box ml="auto">
            <LanguageSwitch />
          </Box>
        </Group>
        <Stack justify="center" flex={1} py="xl" w="100%" maw={420} mx="auto">
          <Outlet />
        </Stack>
      </Stack>
    </SimpleGrid>
  );
};
