import { Badge, Button, Group, Menu, Modal, Switch, Text, TextInput } from '@mantine/core';
import { createSavedViewSchema, type RecordType, type SavedView } from '@pacer/core';
import {
  IconCheck,
  IconChevronDown,
  IconDeviceFloppy,
  IconLayoutList,
  IconPencil,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/feedback';
import { ModalForm } from '../../components/form-modal';
import { notifyError, notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { useCan, useSession } from '../auth/session';
import { type ListSearch, savedViewApi, savedViewsQuery, withoutSort } from './record-api';

const sameFilters = (a: ListSearch, b: ListSearch) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? '') === (b[key] ?? ''));
};

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Whether the list on screen differs from the view it was opened from. */
export const isViewModified = (view: SavedView, search: ListSearch, columns: readonly string[]): boolean =>
  !sameFilters(withoutSort(search), view.filters) ||
  (search.sort ?? null) !== (view.sort ?? null) ||
  (view.columns.length > 0 && !sameColumns(columns, view.columns));

interface ViewFormValues extends Record<string, unknown> {
  name: string;
  shared: boolean;
}

const ViewForm = ({
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: ViewFormValues;
  submitLabel: string;
  onSave: (values: ViewFormValues) => Promise<unknown>;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: createSavedViewSchema.pick({ name: true, shared: true }),
    initialValues: initial,
  });
  const save = useMutation({ mutationFn: onSave, onError: (error) => showFormError(form, error) });
  return (
    <ModalForm
      onSubmit={form.onSubmit((values) => save.mutate(values as ViewFormValues))}
      cancelLabel={t('actions.cancel')}
      submitLabel={submitLabel}
      submitIcon={<IconDeviceFloppy size={18} />}
      loading={save.isPending}
      onCancel={onCancel}
    >
      <TextInput
        label={t('records.views.name')}
        placeholder={t('records.views.namePlaceholder')}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Switch
        label={t('records.views.sharedLabel')}
        description={t('records.views.sharedHint')}
        {...form.getInputProps('shared', { type: 'checkbox' })}
      />
    </ModalForm>
  );
};

interface SavedViewsMenuProps {
  type: RecordType;
  search: ListSearch;
  columns: string[];
  /** Open a view (null: the plain list). */
  onApply: (view: SavedView | null) => void;
  allLabel: string;
}

/** Pick a saved view of the list, save the list as one, update, rename, share or delete it. */
export const SavedViewsMenu = ({ type, search, columns, onApply, allLabel }: SavedViewsMenuProps) => {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const views = useQuery(savedViewsQuery(type));
  const [dialog, setDialog] = useState<'save' | 'edit' | 'delete' | null>(null);
  const active = views.data?.find((view) => view.id === search.view) ?? null;
  // Viewers only use views; a view is changed by its owner, or by an admin.
  const canSave = useCan('crm:write');
  const owned = canSave && (active?.ownerId === session.user.id || session.member.role === 'admin');
  const modified = active ? isViewModified(active, search, columns) : false;
  const mine = views.data?.filter((view) => view.ownerId === session.user.id) ?? [];
  const shared = views.data?.filter((view) => view.ownerId !== session.user.id) ?? [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: savedViewsQuery(type).queryKey });
  const current = { filters: withoutSort(search), columns, sort: search.sort ?? null };

  const update = useMutation({
    mutationFn: (view: SavedView) => savedViewApi.update(view.id, current),
    onSuccess: async (view) => {
      notifySuccess(t('records.views.saved', { name: view.name }));
      await refresh();
    },
    onError: (error) => notifyError(error),
  });
  const remove = useMutation({
    mutationFn: (view: SavedView) => savedViewApi.remove(view.id),
    onSuccess: async () => {
      setDialog(null);
      notifySuccess(t('records.views.deleted'));
      onApply(null);
      await refresh();
    },
    onError: (error) => notifyError(error),
  });

  const item = (view: SavedView) => (
    <Menu.Item
      key={view.id}
      onClick={() => onApply(view)}
      leftSection={view.id === active?.id ? <IconCheck size={16} /> : <span style={{ width: 16 }} />}
      rightSection={
        view.shared ? (
          <Badge size="xs" variant="light" color="gray" leftSection={<IconUsers size={10} />}>
            {view.ownerId === session.user.id ? t('records.views.sharedBadge') : view.ownerName}
          </Badge>
        ) : null
      }
    >
      {view.name}
    </Menu.Item>
  );

  return (
    <>
      <Menu position="bottom-start" shadow="md" width={300} withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconLayoutList size={16} />}
            rightSection={<IconChevronDown size={14} />}
            data-testid="views-menu"
            maw={{ base: '100%', sm: 280 }}
          >
            <Group gap={6} wrap="nowrap" miw={0}>
              <Text size="sm" fw={500} truncate>
                {active?.name ?? allLabel}
              </Text>
              {modified ? (
                <Badge size="xs" variant="dot" color="orange">
                  {t('records.views.modified')}
                </Badge>
              ) : null}
            </Group>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            onClick={() => onApply(null)}
            leftSection={active ? <span style={{ width: 16 }} /> : <IconCheck size={16} />}
          >
            {allLabel}
          </Menu.Item>
          {mine.length > 0 ? <Menu.Label>{t('records.views.mine')}</Menu.Label> : null}
          {mine.map(item)}
          {shared.length > 0 ? <Menu.Label>{t('records.views.shared')}</Menu.Label> : null}
          {shared.map(item)}
          {canSave ? (
            <>
              <Menu.Divider />
              <Menu.Item leftSection={<IconDeviceFloppy size={16} />} onClick={() => setDialog('save')}>
                {t('records.views.saveAs')}
              </Menu.Item>
            </>
          ) : null}
          {active && owned && modified ? (
            <Menu.Item leftSection={<IconDeviceFloppy size={16} />} onClick={() => update.mutate(active)}>
              {t('records.views.update', { name: active.name })}
            </Menu.Item>
          ) : null}
          {active && owned ? (
            <>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
                {t('records.views.rename')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
                {t('records.views.delete')}
              </Menu.Item>
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>

      <Modal
        opened={dialog === 'save' || dialog === 'edit'}
        onClose={() => setDialog(null)}
        title={t(dialog === 'edit' ? 'records.views.editTitle' : 'records.views.saveTitle')}
      >
        {dialog === 'save' ? (
          <ViewForm
            initial={{ name: '', shared: false }}
            submitLabel={t('actions.save')}
            onCancel={() => setDialog(null)}
            onSave={async ({ name, shared: isShared }) => {
              const view = await savedViewApi.create({ recordType: type, name, shared: isShared, ...current });
              setDialog(null);
              notifySuccess(t('records.views.saved', { name: view.name }));
              await refresh();
              onApply(view);
            }}
          />
        ) : null}
        {dialog === 'edit' && active ? (
          <ViewForm
            initial={{ name: active.name, shared: active.shared }}
            submitLabel={t('actions.saveChanges')}
            onCancel={() => setDialog(null)}
            onSave={async ({ name, shared: isShared }) => {
              await savedViewApi.update(active.id, { name, shared: isShared });
              setDialog(null);
              notifySuccess(t('records.views.saved', { name }));
              await refresh();
            }}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={dialog === 'delete'}
        title={t('records.views.deleteTitle')}
        message={t('records.views.deleteBody', { name: active?.name ?? '' })}
        confirmLabel={t('records.views.delete')}
        cancelLabel={t('actions.cancel')}
        loading={remove.isPending}
        onConfirm={() => active && remove.mutate(active)}
        onClose={() => setDialog(null)}
      />
    </>
  );
};
