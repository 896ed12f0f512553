import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCompassOff } from '@tabler/icons-react';
import { type ErrorComponentProps, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/notify';

/** Shown for an address that matches no page. */
export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <Center mih="70vh" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <ThemeIcon size={64} radius="xl" variant="light">
          <IconCompassOff size={34} />
        </ThemeIcon>
        <Title order={2}>{t('notFound.title')}</Title>
        <Text c="dimmed">{t('notFound.body')}</Text>
        <Button component={Link} to="/" mt="md">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Center>
  );
};

/** Shown when a page could not load at all (the server is down, say). */
export const RouteErrorPage = ({ error, reset }: ErrorComponentProps) => {
  const { t } = useTranslation();
  return (
    <Center mih="70vh" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <ThemeIcon size={64} radius="xl" variant="light" color="red">
          <IconAlertTriangle size={34} />
        </ThemeIcon>
        <Title order={2}>{t('errors.title')}</Title>
        <Text c="dimmed">{errorMessage(error)}</Text>
        <Button
          mt="md"
          onClick={() => {
            reset();
            window.location.reload();
          }}
        >
          {t('actions.retry')}
        </Button>
      </Stack>
    </Center>
  );
};
