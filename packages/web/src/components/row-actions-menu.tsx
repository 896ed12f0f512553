import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';

/** One entry of a row's actions menu. */
export interface RowMenuAction {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  /** A destructive entry (delete, archive) is red. */
  danger?: boolean;
  disabled?: boolean;
  /** A rule above the entry, to set it apart. */
  dividerBefore?: boolean;
}

/** The "…" button at the end of a row or card, with the row's actions; left-out entries are `false`. */
export const RowActionsMenu = ({ label, actions }: { label: string; actions: (RowMenuAction | false)[] }) => (
  <Menu position="bottom-end" withinPortal shadow="md">
    <Menu.Target>
      <ActionIcon variant="subtle" color="gray" aria-label={label}>
        <IconDots size={18} />
      </ActionIcon>
    </Menu.Target>
    <Menu.Dropdown>
      {actions.map((action) =>
        action ? (
          <Fragment key={action.label}>
            {action.dividerBefore ? <Menu.Divider /> : null}
            <Menu.Item
              color={action.danger ? 'red' : undefined}
              leftSection={action.icon}
              disabled={action.disabled}
              onClick={action.onClick}
            >
              {action.label}
            </Menu.Item>
          </Fragment>
        ) : null,
      )}
    </Menu.Dropdown>
  </Menu>
);
