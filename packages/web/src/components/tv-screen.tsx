import { Button, Group, Loader, Portal, Text } from '@mantine/core';
import { useDocumentTitle, useHotkeys } from '@mantine/hooks';
import { IconX } from '@tabler/icons-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../lib/format';
import classes from './tv-screen.module.css';

interface TvScreenProps {
  /** The page's title in the browser tab. */
  documentTitle: string;
  title: ReactNode;
  subtitle?: ReactNode;
  /** When the numbers last came from the server (ms since the epoch), 0 before the first answer. */
  updatedAt: number;
  refreshing: boolean;
  onExit: () => void;
  /** Prefix of the test ids: `<id>-screen`, `<id>-updated`, `<id>-exit`. */
  testId: string;
  screenRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}

/**
 * A board alone on the screen for a TV (the wall chart, a contest): it covers the app, sets big
 * type, says when it last refreshed, and leaves with Exit or Esc.
 */
export const TvScreen = ({
  documentTitle,
  title,
  subtitle,
  updatedAt,
  refreshing,
  onExit,
  testId,
  screenRef,
  children,
}: TvScreenProps) => {
  const { t } = useTranslation();
  useDocumentTitle(`${documentTitle} · Pacer`);
  useHotkeys([['Escape', onExit]]);
  return (
    <Portal>
      <div className={classes.screen} ref={screenRef} data-testid={`${testId}-screen`}>
        <Group justify="space-between" align="center" gap="md">
          <div>
            <Text className={classes.title}>{title}</Text>
            {subtitle ? (
              <Text c="dimmed" size="lg">
                {subtitle}
              </Text>
            ) : null}
          </div>
          <Group gap="md" wrap="nowrap" ml="auto">
            {refreshing ? <Loader size="sm" aria-label={t('tv.refreshing')} /> : null}
            {updatedAt ? (
              <Text c="dimmed" size="lg" data-testid={`${testId}-updated`}>
                {t('tv.updatedAt', { time: formatTime(updatedAt) })}
              </Text>
            ) : null}
            <Button
              variant="default"
              size="xs"
              leftSection={<IconX size={14} />}
              onClick={onExit}
              title={t('tv.exitHint')}
              data-testid={`${testId}-exit`}
            >
              {t('tv.exit')}
            </Button>
          </Group>
        </Group>
        {children}
      </div>
    </Portal>
  );
};
