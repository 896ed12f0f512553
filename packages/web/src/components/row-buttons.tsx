import { ActionIcon, type ActionIconProps, Button } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

/** The quiet button under a list of rows a form edits, that adds one more. */
export const AddRowButton = ({
  label,
  onClick,
  'data-testid': testId,
}: {
  label: string;
  onClick: () => void;
  'data-testid'?: string;
}) => (
  <Button
    variant="subtle"
    size="compact-sm"
    w="fit-content"
    leftSection={<IconPlus size={14} />}
    onClick={onClick}
    data-testid={testId}
  >
    {label}
  </Button>
);

/** The bin at the end of a row a form edits, that removes it. */
export const RemoveRowButton = ({
  label,
  onClick,
  ...props
}: ActionIconProps & { label: string; onClick: () => void }) => (
  <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={onClick} {...props}>
    <IconTrash size={16} />
  </ActionIcon>
);
