import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface LoadErrorProps {
  title: string;
  message: string;
  retryLabel: string;
  onRetry: () => void;
}

/** What a section shows when its data could not be loaded. */
export const LoadError = ({ title, message, retryLabel, onRetry }: LoadErrorProps) => (
  <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title}>
    {message}
    <Button variant="white" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
      {retryLabel}
    </Button>
  </Alert>
);

/** A placeholder of a few rows while a list loads. */
export const RowsSkeleton = ({ rows = 4, height = 44 }: { rows?: number; height?: number }) => (
  <Stack gap="xs" aria-busy>
    {Array.from({ length: rows }, (_, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
      <Skeleton key={index} height={height} radius="md" />
    ))}
  </Stack>
);

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Ask before doing something that cannot be undone. */
export const ConfirmModal = ({
  opened,
  title,
  message,
  confirmLabel,
  cancelLabel,
  loading = false,
  onConfirm,
  onClose,
}: ConfirmModalProps) => (
  <Modal opened={opened} onClose={onClose} title={title} centered>
    <Text size="sm">{message}</Text>
    <Group justify="flex-end" mt="lg">
      <Button variant="default" onClick={onClose}>
        {cancelLabel}
      </Button>
      <Button color="red" loading={loading} onClick={onConfirm}>
        {confirmLabel}
      </Button>
    </Group>
  </Modal>
);
