import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons on the right (below the title on phones). */
  actions?: ReactNode;
}

/** The title block every page starts with. */
export const PageHeader = ({ title, description, actions }: PageHeaderProps) => {
  useDocumentTitle(typeof title === 'string' ? `${title} · Pacer` : 'Pacer');
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="xl" wrap="wrap">
      <Stack gap={4} miw={0} style={{ flex: '1 1 16rem' }}>
        <Title order={2} fw={700} lts={-0.3}>
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? (
        <Group gap="sm" wrap="wrap">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
};

/** Title and one line of explanation above a stand-alone form (sign-in, sign-up …). */
export const FormHeading = ({ title, subtitle }: { title: string; subtitle?: ReactNode }) => {
  useDocumentTitle(`${title} · Pacer`);
  return (
    <Stack gap={6} mb="xl">
      <Title order={2} fw={700} lts={-0.4}>
        {title}
      </Title>
      {subtitle ? <Text c="dimmed">{subtitle}</Text> : null}
    </Stack>
  );
};
