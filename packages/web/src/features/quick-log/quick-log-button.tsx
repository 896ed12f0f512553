import { ActionIcon, Button, Group, Kbd, Text, Tooltip } from '@mantine/core';
import { IconKeyboard, IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session';
import { quickLog } from './quick-log-store';

const ShortcutTip = () => {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" c="inherit">
        {t('quickLog.buttonTip')}
      </Text>
      <Kbd size="xs">L</Kbd>
      <Kbd size="xs">C</Kbd>
    </Group>
  );
};

/** The header's Log button (an icon on phones) and the way to the shortcuts list. */
export const QuickLogButton = () => {
  const { t } = useTranslation();
  const canLog = useCan('crm:write');
  return (
    <Group gap={6} wrap="nowrap">
      {canLog ? (
        <>
          <Tooltip label={<ShortcutTip />}>
            <Button
              size="sm"
              leftSection={<IconPencilPlus size={18} />}
              onClick={() => quickLog.open()}
              visibleFrom="sm"
              data-testid="quick-log-button"
            >
              {t('quickLog.button')}
            </Button>
          </Tooltip>
          <ActionIcon
            size="lg"
            variant="filled"
            hiddenFrom="sm"
            aria-label={t('quickLog.button')}
            onClick={() => quickLog.open()}
            data-testid="quick-log-button-phone"
          >
            <IconPencilPlus size={18} />
          </ActionIcon>
        </>
      ) : null}
      <Tooltip label={t('shortcuts.title')}>
        <ActionIcon
          size="lg"
          variant="subtle"
          color="gray"
          visibleFrom="sm"
          aria-label={t('shortcuts.title')}
          onClick={quickLog.openShortcuts}
        >
          <IconKeyboard size={20} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
};
