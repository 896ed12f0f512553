import { Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { quickLogTypes, typeKeys } from './activity-kinds';

/** "Ctrl" on most keyboards, the command sign on a Mac. */
export const modKey = (): string => (/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl');

const Keys = ({ keys, sequence = false }: { keys: string[]; sequence?: boolean }) => {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 ? (
            <Text span size="xs" c="dimmed">
              {sequence ? t('shortcuts.thenKey') : '+'}
            </Text>
          ) : null}
          <Kbd size="sm">{key}</Kbd>
        </Fragment>
      ))}
    </Group>
  );
};

interface ShortcutsModalProps {
  opened: boolean;
  onClose: () => void;
  /** Whether the person may log activities (viewers may not). */
  canLog: boolean;
}

/** Every keyboard shortcut of the app, opened with `?`. */
export const ShortcutsModal = ({ opened, onClose, canLog }: ShortcutsModalProps) => {
  const { t } = useTranslation();
  const sections: { title: string; rows: { keys: string[]; or?: string[]; sequence?: boolean; label: string }[] }[] = [
    {
      title: t('shortcuts.general'),
      rows: [
        { keys: [modKey(), 'K'], or: ['/'], label: t('search.button') },
        { keys: ['?'], label: t('shortcuts.help') },
      ],
    },
    ...(canLog
      ? [
          {
            title: t('quickLog.buttonTip'),
            rows: [
              ...quickLogTypes.map((type) => ({
                keys: ['L', typeKeys[type].toUpperCase()],
                sequence: true,
                label: t(`quickLog.title.${type}`),
              })),
              { keys: ['↵'], label: t('shortcuts.save') },
              { keys: ['⇧', '↵'], label: t('shortcuts.newLine') },
            ],
          },
        ]
      : []),
    {
      title: t('nav.board'),
      rows: [
        { keys: ['Space'], label: t('shortcuts.pickUp') },
        { keys: ['← →'], label: t('shortcuts.moveStage') },
        { keys: ['↓'], label: t('shortcuts.moveOutcome') },
        { keys: ['Space'], label: t('shortcuts.drop') },
        { keys: ['Esc'], label: t('shortcuts.cancel') },
      ],
    },
  ];

  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} centered size="md">
      <Stack gap="lg">
        {sections.map((section) => (
          <Stack key={section.title} gap={4}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" lts={0.6}>
              {section.title}
            </Text>
            <Table verticalSpacing={6} withRowBorders={false}>
              <Table.Tbody>
                {section.rows.map((row) => (
                  <Table.Tr key={`${row.keys.join('-')}:${row.label}`}>
                    <Table.Td>
                      <Text size="sm">{row.label}</Text>
                    </Table.Td>
                    <Table.Td w={170}>
                      <Group gap={6} wrap="nowrap">
                        <Keys keys={row.keys} sequence={row.sequence ?? false} />
                        {row.or ? (
                          <>
                            <Text span size="xs" c="dimmed">
                              {t('shortcuts.or')}
                            </Text>
                            <Keys keys={row.or} />
                          </>
                        ) : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </Stack>
    </Modal>
  );
};
