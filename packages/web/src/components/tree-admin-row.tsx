import { ActionIcon, Button, Group, Menu, Paper } from '@mantine/core';
import { IconDots, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** One entry of a row's actions menu. */
export interface RowMenuAction {
  label: string;
  icon: ReactNode;
  onClick: () => void;
}

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
        <Menu position="bottom-end" withinPortal shadow="md">
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={actionsLabel}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            {actions.map((action) => (
              <Menu.Item key={action.label} leftSection={action.icon} onClick={action.onClick}>
                {action.label}
              </Menu.Item>
            ))}
            <Menu.Divider />
            <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
              {deleteLabel}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
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
