import { Button, Card, Code, Group, Pill, SegmentedControl, Select, Table, TagsInput, TextInput } from '@mantine/core';
import {
  type CustomField,
  type CustomFieldType,
  type CustomizableRecordType,
  createCustomFieldSchema,
  customFieldTypes,
  customizableRecordTypes,
  updateCustomFieldSchema,
} from '@pacer/core';
import { IconForms, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal, EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { FormModal, ModalForm } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { RowActionsMenu } from '../../components/row-actions-menu';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { customFieldsApi, customFieldsQuery } from './custom-fields-api';

/** A label as a key: "Contract tier" → contract_tier. */
const keyOf = (label: string) =>
  label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 40);

interface FieldValues extends Record<string, unknown> {
  label: string;
  key: string;
  type: CustomFieldType;
  options: string[];
}

const NewFieldForm = ({ recordType, onDone }: { recordType: CustomizableRecordType; onDone: () => void }) => {
  const { t } = useTranslation();
  const [keyTouched, setKeyTouched] = useState(false);
  const form = useSchemaForm({
    schema: createCustomFieldSchema,
    initialValues: { label: '', key: '', type: 'text', options: [] } as FieldValues,
    toInput: (values) => ({ ...values, recordType, options: values.type === 'select' ? values.options : [] }),
  });
  const save = useSaveMutation({
    form,
    save: customFieldsApi.create,
    savedMessage: (saved) => t('customFields.form.created', { label: saved.label }),
    refresh: [['custom-fields']],
    onDone,
  });
  // A key that breaks the pattern gets the rule spelled out, not just "invalid".
  const keyError = form.errors.key === t('validation.invalid') ? t('customFields.form.keyFormat') : form.errors.key;
  return (
    <ModalForm
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      cancelLabel={t('actions.cancel')}
      submitLabel={t('customFields.new')}
      loading={save.isPending}
      onCancel={onDone}
    >
      <TextInput
        label={t('customFields.form.label')}
        placeholder={t('customFields.form.labelPlaceholder')}
        required
        data-autofocus
        {...form.getInputProps('label')}
        onChange={(event) => {
          form.setFieldValue('label', event.currentTarget.value);
          if (!keyTouched) form.setFieldValue('key', keyOf(event.currentTarget.value));
        }}
      />
      <TextInput
        label={t('customFields.form.key')}
        description={t('customFields.form.keyHint')}
        required
        ff="monospace"
        {...form.getInputProps('key')}
        error={keyError}
        onChange={(event) => {
          setKeyTouched(true);
          form.setFieldValue('key', event.currentTarget.value);
        }}
      />
      <Select
        label={t('customFields.form.type')}
        data={customFieldTypes.map((type) => ({ value: type, label: t(`customFields.fieldTypes.${type}`) }))}
        allowDeselect={false}
        {...form.getInputProps('type')}
      />
      {form.values.type === 'select' ? (
        <TagsInput
          label={t('customFields.form.options')}
          description={t('customFields.form.optionsHint')}
          {...form.getInputProps('options')}
          error={form.errors.options ? t('customFields.form.needsOptions') : undefined}
        />
      ) : null}
    </ModalForm>
  );
};

const EditFieldForm = ({ field, onDone }: { field: CustomField; onDone: () => void }) => {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: updateCustomFieldSchema,
    initialValues: { label: field.label, options: field.options } as { label: string; options: string[] },
    toInput: (values) => (field.type === 'select' ? values : { label: values.label }),
  });
  const save = useSaveMutation({
    form,
    save: (input: Parameters<typeof customFieldsApi.update>[1]) => customFieldsApi.update(field.id, input),
    savedMessage: (saved) => t('customFields.form.saved', { label: saved.label }),
    refresh: [['custom-fields']],
    onDone,
  });
  return (
    <ModalForm
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      cancelLabel={t('actions.cancel')}
      submitLabel={t('actions.saveChanges')}
      loading={save.isPending}
      onCancel={onDone}
    >
      <TextInput label={t('customFields.form.label')} required data-autofocus {...form.getInputProps('label')} />
      <TextInput label={t('customFields.form.key')} value={field.key} ff="monospace" disabled />
      {field.type === 'select' ? (
        <TagsInput
          label={t('customFields.form.options')}
          description={t('customFields.form.optionsHint')}
          {...form.getInputProps('options')}
        />
      ) : null}
    </ModalForm>
  );
};

/** Admin: the org's own fields of each record type. */
export const CustomFieldsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const search = useSearch({ strict: false }) as { type?: string };
  const recordType = (customizableRecordTypes as readonly string[]).includes(search.type ?? '')
    ? (search.type as CustomizableRecordType)
    : 'accounts';
  const fields = useQuery(customFieldsQuery(recordType));
  const [editing, setEditing] = useState<CustomField | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CustomField | null>(null);
  const remove = useMutation({
    mutationFn: (field: CustomField) => customFieldsApi.remove(field.id),
    onSuccess: async () => {
      setDeleting(null);
      notifySuccess(t('customFields.form.deleted'));
      await queryClient.invalidateQueries({ queryKey: ['custom-fields'] });
    },
    onError: (error) => notifyError(error),
  });
  const addButton = (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')} data-testid="add-custom-field">
      {t('customFields.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('customFields.title')} description={t('customFields.subtitle')} actions={addButton} />
      <SegmentedControl
        mb="lg"
        value={recordType}
        onChange={(type) => void navigate({ to: '.', search: { type } as never, replace: true })}
        data={customizableRecordTypes.map((type) => ({ value: type, label: t(`nav.${type}`) }))}
        data-testid="custom-field-type"
      />
      {fields.isError ? (
        <QueryLoadError query={fields} />
      ) : !fields.data ? (
        <RowsSkeleton rows={3} />
      ) : fields.data.length === 0 ? (
        <EmptyCard
          icon={<IconForms size={28} />}
          title={t('customFields.empty.title')}
          description={t('customFields.empty.body')}
          action={addButton}
        />
      ) : (
        <Card p={0}>
          <Table.ScrollContainer minWidth={480} type="native">
            <Table verticalSpacing="sm" horizontalSpacing="md" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th fz="xs" c="dimmed">
                    {t('customFields.table.label')}
                  </Table.Th>
                  <Table.Th fz="xs" c="dimmed">
                    {t('customFields.table.key')}
                  </Table.Th>
                  <Table.Th fz="xs" c="dimmed">
                    {t('customFields.table.type')}
                  </Table.Th>
                  <Table.Th fz="xs" c="dimmed">
                    {t('customFields.table.options')}
                  </Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fields.data.map((field) => (
                  <Table.Tr key={field.id} data-testid="custom-field-row">
                    <Table.Td fw={600}>{field.label}</Table.Td>
                    <Table.Td>
                      <Code>{field.key}</Code>
                    </Table.Td>
                    <Table.Td>{t(`customFields.fieldTypes.${field.type}`)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {field.options.map((option) => (
                          <Pill key={option} size="sm">
                            {option}
                          </Pill>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">
                      <RowActionsMenu
                        label={t('labels.actionsFor', { name: field.label })}
                        actions={[
                          {
                            label: t('actions.edit'),
                            icon: <IconPencil size={16} />,
                            onClick: () => setEditing(field),
                          },
                          {
                            label: t('customFields.form.delete'),
                            icon: <IconTrash size={16} />,
                            danger: true,
                            onClick: () => setDeleting(field),
                          },
                        ]}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <FormModal
        target={editing}
        title={t(editing === 'new' ? 'customFields.form.createTitle' : 'customFields.form.editTitle')}
        formKey={(target) => (target === 'new' ? `new-${recordType}` : target.id)}
        onClose={() => setEditing(null)}
      >
        {(target) =>
          target === 'new' ? (
            <NewFieldForm recordType={recordType} onDone={() => setEditing(null)} />
          ) : (
            <EditFieldForm field={target} onDone={() => setEditing(null)} />
          )
        }
      </FormModal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('customFields.form.deleteTitle')}
        message={t('customFields.form.deleteBody', { label: deleting?.label ?? '' })}
        confirmLabel={t('customFields.form.delete')}
        cancelLabel={t('actions.cancel')}
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </>
  );
};
