import { Button, Group, Paper } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { RowActionsMenu, type RowMenuAction } from './row-actions-menu';

interface TreeAdminRowProps {
  /** What the row shows on the left: name, icon, details. */
  children: ReactNode;
  /** Shown on the right, before the actions menu (a count, a button). */
  extra?: ReactNode;
  /** The accessible name of the menu button ("Actions for …"). */
  actionsLabel: string;
  /** Menu entries above the divider. */
  actions: RowMenuAction[];
  /** The red entry below the divider. */
  deleteLabel: string;
  onDelete: () => void;
  'data-testid'?: string;
}

/** A row of an editable tree (teams, regions): its content on the left, a menu of actions on the right. */
export const TreeAdminRow = ({
  children,
  extra,
  actionsLabel,
  actions,
  deleteLabel,
  onDelete,
  'data-testid': testId,
}: TreeAdminRowProps) => (
  <Paper withBorder p="sm" px="md" radius="md" data-testid={testId}>
    <Group justify="space-between" wrap="nowrap" gap="sm">
      {children}
      <Group gap={6} wrap="nowrap">
        {extra}
        <RowActionsMenu
          label={actionsLabel}
          actions={[
            ...actions,
            {
              label: deleteLabel,
              icon: <IconTrash size={16} />,
              onClick: onDelete,
              danger: true,
              dividerBefore: true,
            },
          ]}
        />
      </Group>
    </Group>
  </Paper>
);

/** The "new …" button of an editable tree, in its page header and in its empty state. */
export const CreateButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <Button leftSection={<IconPlus size={18} />} onClick={onClick}>
    {label}
  </Button>
);
