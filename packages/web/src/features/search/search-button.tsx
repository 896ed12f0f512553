import { ActionIcon, Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { modKey } from '../quick-log/shortcuts-modal';
import { searchSpotlight } from './search-spotlight';

/** The search field of the header (an icon on phones); it opens the spotlight. */
export const SearchButton = () => {
  const { t } = useTranslation();
  return (
    <>
      <UnstyledButton
        onClick={searchSpotlight.open}
        aria-label={t('search.button')}
        aria-keyshortcuts="Control+K Meta+K /"
        visibleFrom="sm"
        w={{ sm: 220, md: 320 }}
        h={36}
        px="sm"
        data-testid="search-button"
        style={{
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-md)',
          background: 'var(--mantine-color-default)',
          color: 'var(--mantine-color-dimmed)',
        }}
      >
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={8} wrap="nowrap" miw={0}>
            <IconSearch size={16} />
            <Text size="sm" c="dimmed" truncate>
              {t('search.placeholderShort')}
            </Text>
          </Group>
          <Group gap={2} wrap="nowrap">
            <Kbd size="xs">{modKey()}</Kbd>
            <Kbd size="xs">K</Kbd>
          </Group>
        </Group>
      </UnstyledButton>
      <ActionIcon
        size="lg"
        variant="subtle"
        color="gray"
        hiddenFrom="sm"
        aria-label={t('search.button')}
        onClick={searchSpotlight.open}
        data-testid="search-button-phone"
      >
        <IconSearch size={20} />
      </ActionIcon>
    </>
  );
};
