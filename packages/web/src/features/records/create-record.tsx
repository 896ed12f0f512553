import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useCan } from '../auth/session';
import { RecordDrawer } from './record-form';

interface CreateRecordOptions {
  /** The button's words ("New account"). */
  label: string;
  /** The drawer's title. */
  title: string;
  /** The form for a new record; `close` when it is saved or cancelled. */
  form: (close: () => void) => ReactNode;
  testId?: string;
  /** A small button, for a tab of related records. */
  compact?: boolean;
}

/**
 * The "New …" button and the drawer with the form it opens. People who may only read get no
 * button; the page places both where it wants them.
 */
export const useCreateRecord = ({ label, title, form, testId, compact = false }: CreateRecordOptions) => {
  const canWrite = useCan('crm:write');
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const button = canWrite ? (
    <Button
      size={compact ? 'xs' : undefined}
      variant={compact ? 'light' : undefined}
      leftSection={<IconPlus size={compact ? 14 : 18} />}
      onClick={() => setOpen(true)}
      data-testid={testId}
    >
      {label}
    </Button>
  ) : null;
  const drawer = (
    <RecordDrawer target={open ? {} : null} title={title} formKey={() => 'new'} onClose={close}>
      {() => form(close)}
    </RecordDrawer>
  );
  return { button, drawer };
};
