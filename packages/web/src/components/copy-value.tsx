import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

interface CopyValueProps {
  value: string;
  copyLabel: string;
  copiedLabel: string;
  testId?: string;
}

/** A value to hand on (a link, a secret) with a button that copies it. */
export const CopyValue = ({ value, copyLabel, copiedLabel, testId }: CopyValueProps) => (
  <Group gap="xs" wrap="nowrap" align="center">
    <Code block data-testid={testId} style={{ flex: 1, minWidth: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {value}
    </Code>
    <CopyButton value={value} timeout={1500}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? copiedLabel : copyLabel} withArrow>
          <ActionIcon
            variant={copied ? 'filled' : 'light'}
            color={copied ? 'teal' : undefined}
            size="lg"
            onClick={copy}
            aria-label={copyLabel}
          >
            {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  </Group>
);
