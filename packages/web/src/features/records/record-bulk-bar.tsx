import { ActionBar, Button, Popover, Stack, Text } from '@mantine/core';
import type { BulkActionInput, RecordType } from '@pacer/core';
import { IconArchive, IconArchiveOff, IconUserShare } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify';
import { MemberPicker } from '../people/member-picker';
import { recordApi, refreshRecords } from './record-api';

/** What a record type's own bulk actions (a deal's stage, say) get to work with. */
export interface BulkContext {
  ids: string[];
  run: (input: BulkActionInput) => void;
  pending: boolean;
}

interface RecordBulkBarProps {
  type: RecordType;
  selected: string[];
  onClear: () => void;
  /** Which of archive and restore make sense for the rows shown. */
  archived: 'false' | 'true' | 'all';
  /** Whether the rows have owners to reassign. */
  reassign: boolean;
  extra?: ((context: BulkContext) => ReactNode) | undefined;
}

/**
 * A bulk action that asks for something first (a new owner, a stage): a button in the bar that opens a
 * small form above it, applied to every selected row.
 */
export const BulkActionPopover = ({
  label,
  icon,
  ready,
  pending,
  onApply,
  children,
}: {
  label: string;
  icon: ReactNode;
  /** Whether what the form asks for is there. */
  ready: boolean;
  pending: boolean;
  onApply: () => void;
  children: ReactNode;
}) => {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="top" shadow="md" width={280} withinPortal trapFocus>
      <Popover.Target>
        <Button variant="subtle" size="compact-sm" leftSection={icon} onClick={() => setOpened((open) => !open)}>
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          {children}
          <Button
            size="xs"
            disabled={!ready}
            loading={pending}
            onClick={() => {
              onApply();
              setOpened(false);
            }}
          >
            {t('records.bulk.apply')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
};

const ReassignButton = ({ onApply, pending }: { onApply: (ownerId: string) => void; pending: boolean }) => {
  const { t } = useTranslation();
  const [owner, setOwner] = useState<string | null>(null);
  return (
    <BulkActionPopover
      label={t('records.bulk.reassign')}
      icon={<IconUserShare size={16} />}
      ready={owner !== null}
      pending={pending}
      onApply={() => owner && onApply(owner)}
    >
      <MemberPicker
        label={t('records.bulk.reassignTo')}
        value={owner}
        onChange={(id) => setOwner(id)}
        comboboxProps={{ withinPortal: false }}
        data-testid="bulk-owner"
      />
    </BulkActionPopover>
  );
};

/** The bar that floats in while rows are selected: reassign, archive or restore them at once. */
export const RecordBulkBar = ({ type, selected, onClear, archived, reassign, extra }: RecordBulkBarProps) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const bulk = useMutation({
    mutationFn: (input: BulkActionInput) => recordApi.bulk(type, input),
    onSuccess: async ({ updated }, input) => {
      const skipped = input.ids.length - updated;
      notifySuccess(
        `${t('records.bulk.done', { count: updated })}${skipped > 0 ? ` ${t('records.bulk.skipped', { skipped })}` : ''}`,
      );
      onClear();
      await refreshRecords(queryClient, type);
    },
    onError: (error) => notifyError(error),
  });
  const run = (input: BulkActionInput) => bulk.mutate(input);

  return (
    <ActionBar
      opened={selected.length > 0}
      onClose={onClear}
      closeOnEscape
      aria-label={t('records.bulk.label')}
      shadow="lg"
      radius="md"
      data-testid="bulk-bar"
      maw="calc(100vw - 24px)"
      style={{ flexWrap: 'wrap', justifyContent: 'center', rowGap: 4 }}
    >
      <Text size="sm" fw={600} px="xs" style={{ whiteSpace: 'nowrap' }}>
        {t('records.bulk.selected', { count: selected.length })}
      </Text>
      <ActionBar.Divider />
      {reassign ? (
        <ReassignButton
          pending={bulk.isPending}
          onApply={(ownerId) => run({ action: 'reassign', ids: selected, ownerId })}
        />
      ) : null}
      {extra?.({ ids: selected, run, pending: bulk.isPending })}
      {archived !== 'true' ? (
        <Button
          variant="subtle"
          size="compact-sm"
          color="red"
          leftSection={<IconArchive size={16} />}
          loading={bulk.isPending && bulk.variables?.action === 'archive'}
          onClick={() => run({ action: 'archive', ids: selected })}
        >
          {t('actions.archive')}
        </Button>
      ) : null}
      {archived !== 'false' ? (
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconArchiveOff size={16} />}
          loading={bulk.isPending && bulk.variables?.action === 'restore'}
          onClick={() => run({ action: 'restore', ids: selected })}
        >
          {t('actions.restore')}
        </Button>
      ) : null}
      <ActionBar.CloseButton aria-label={t('records.bulk.clear')} />
    </ActionBar>
  );
};
