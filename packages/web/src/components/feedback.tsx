import {
  Alert,
  Button,
  Card,
  EmptyState,
  Group,
  type MantineSpacing,
  Modal,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/notify';

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

/** The load error of a query, in the generic words: its message and a retry button. */
export const QueryLoadError = ({ query }: { query: { error: unknown; refetch: () => unknown } }) => {
  const { t } = useTranslation();
  return (
    <LoadError
      title={t('states.loadFailed')}
      message={errorMessage(query.error)}
      retryLabel={t('actions.retry')}
      onRetry={() => void query.refetch()}
    />
  );
};

interface EmptyCardProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** Buttons under the text (create the first one, say). */
  action?: ReactNode;
}

/** A card that says a list has nothing in it yet, maybe with a way to add the first entry. */
export const EmptyCard = ({ icon, title, description, action }: EmptyCardProps) => (
  <Card>
    <EmptyState icon={icon} variant="light" title={title} description={description} py="xl">
      {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
    </EmptyState>
  </Card>
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

interface DialogButtonsProps {
  mt: MantineSpacing;
  cancelLabel: string;
  onCancel: () => void;
  /** The main button, right of cancel. */
  children: ReactNode;
}

/** The buttons at the bottom right of a dialog or form: cancel, then the main one. */
export const DialogButtons = ({ mt, cancelLabel, onCancel, children }: DialogButtonsProps) => (
  <Group justify="flex-end" mt={mt}>
    <Button variant="default" onClick={onCancel}>
      {cancelLabel}
    </Button>
    {children}
  </Group>
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
    <DialogButtons mt="lg" cancelLabel={cancelLabel} onCancel={onClose}>
      <Button color="red" loading={loading} onClick={onConfirm}>
        {confirmLabel}
      </Button>
    </DialogButtons>
  </Modal>
);
