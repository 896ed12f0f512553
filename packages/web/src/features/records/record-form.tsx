import { Box, Button, Divider, Drawer, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CustomValues, RecordType } from '@pacer/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/notify';
import { showFormError } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { MemberPicker } from '../people/member-picker';
import { recordApi, refreshRecords } from './record-api';
import { RecordPicker } from './record-picker';

interface RecordDrawerProps<T> {
  /** What the form works on: `{}` style "new" marker or the record; null closes the drawer. */
  target: T | null;
  title: string;
  formKey: (target: T) => string;
  onClose: () => void;
  children: (target: T) => ReactNode;
}

/** A drawer from the right around a create-or-edit form; a fresh form for each thing it opens on. */
export const RecordDrawer = <T,>({ target, title, formKey, onClose, children }: RecordDrawerProps<T>) => (
  <Drawer
    opened={target !== null}
    onClose={onClose}
    title={title}
    position="right"
    size="lg"
    data-testid="record-drawer"
  >
    {target ? <Fragment key={formKey(target)}>{children(target)}</Fragment> : null}
  </Drawer>
);

/** The rule and small title that start a group of fields. */
export const SectionDivider = ({ title }: { title: string }) => (
  <Divider
    label={
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" lts={0.4}>
        {title}
      </Text>
    }
    labelPosition="left"
  />
);

/** A titled group of fields inside a form. */
export const FormSection = ({ title, children }: { title?: string; children: ReactNode }) => (
  <Stack gap="sm">
    {title ? <SectionDivider title={title} /> : null}
    {children}
  </Stack>
);

/** Two fields side by side on wider screens, stacked on phones. */
export const FieldPair = ({ children }: { children: ReactNode }) => (
  <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm">
    {children}
  </SimpleGrid>
);

/** The bottom of a record form: cancel and save, kept in view while the form scrolls. */
export const FormActions = ({
  onCancel,
  submitLabel,
  loading,
}: {
  onCancel: () => void;
  submitLabel: string;
  loading: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <Box
      pos="sticky"
      bottom={0}
      py="md"
      mt="md"
      bg="var(--mantine-color-body)"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)', zIndex: 2 }}
    >
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" loading={loading} data-testid="record-save">
          {submitLabel}
        </Button>
      </Group>
    </Box>
  );
};

/** A record form in a drawer: its sections one below the other, cancel and save at the bottom. */
export const RecordFormLayout = ({
  onSubmit,
  onCancel,
  submitLabel,
  loading,
  children,
}: {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  submitLabel: string;
  loading: boolean;
  children: ReactNode;
}) => (
  <form onSubmit={onSubmit} noValidate>
    <Stack gap="lg">{children}</Stack>
    <FormActions onCancel={onCancel} submitLabel={submitLabel} loading={loading} />
  </form>
);

// biome-ignore lint/suspicious/noExplicitAny: these inputs only touch their own fields
type AnyForm = UseFormReturnType<any, any>;

/** Who owns the record. Reps own what they create, so they do not get to choose. */
export const OwnerInput = ({ form, ownerName }: { form: AnyForm; ownerName?: string | null | undefined }) => {
  const { t } = useTranslation();
  const session = useSession();
  if (session.member.role === 'rep') return null;
  return (
    <MemberPicker
      label={t('records.fields.owner')}
      description={t('records.form.ownerHint')}
      placeholder={session.user.name}
      value={(form.values.ownerId as string | null) ?? null}
      selectedName={ownerName}
      onChange={(id) => form.setFieldValue('ownerId', id)}
      error={form.errors.ownerId}
      data-testid="owner-input"
    />
  );
};

/** First and last name side by side; the last name is the one a person needs. */
export const PersonNameInputs = ({ form }: { form: AnyForm }) => {
  const { t } = useTranslation();
  return (
    <FieldPair>
      <TextInput label={t('records.fields.firstName')} data-autofocus {...form.getInputProps('firstName')} />
      <TextInput label={t('records.fields.lastName')} required {...form.getInputProps('lastName')} />
    </FieldPair>
  );
};

/** Free notes about a record, growing with what is typed. */
export const NotesInput = ({ form }: { form: AnyForm }) => {
  const { t } = useTranslation();
  return (
    <Textarea label={t('records.fields.notes')} autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
  );
};

/** The account a record belongs to, bound to `accountId`; none is a valid answer. */
export const AccountInput = ({
  form,
  accountName,
  'data-testid': testId,
}: {
  form: AnyForm;
  /** The name of the account already set, shown before any search finds it. */
  accountName: string | null | undefined;
  'data-testid'?: string;
}) => {
  const { t } = useTranslation();
  return (
    <RecordPicker
      type="accounts"
      label={t('records.fields.account')}
      placeholder={t('records.form.noAccount')}
      value={form.values.accountId as string | null}
      selectedName={accountName}
      onChange={(id) => form.setFieldValue('accountId', id)}
      error={form.errors.accountId}
      data-testid={testId}
    />
  );
};

/** Street, postal code, city, state and country, bound to `address.*` of the form. */
export const AddressInputs = ({ form }: { form: AnyForm }) => {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('records.form.street')} {...form.getInputProps('address.street')} />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" verticalSpacing="sm">
        <TextInput label={t('records.form.postalCode')} {...form.getInputProps('address.postalCode')} />
        <TextInput
          label={t('records.form.city')}
          {...form.getInputProps('address.city')}
          style={{ gridColumn: 'span 2' }}
        />
      </SimpleGrid>
      <FieldPair>
        <TextInput label={t('records.form.region')} {...form.getInputProps('address.region')} />
        <TextInput label={t('records.form.country')} {...form.getInputProps('address.country')} />
      </FieldPair>
    </>
  );
};

interface RecordSaveOptions<Input, Saved> {
  type: RecordType;
  form: { setErrors: (errors: Record<string, string>) => void };
  /** The record being changed; a new one is created without it. */
  id?: string | undefined;
  /** How to save, when it is not the type's own create or change. */
  save?: (input: Input) => Promise<Saved>;
  savedMessage: (saved: Saved) => string;
  /** Other record types whose lists show this one (an account's contacts, say). */
  alsoRefresh?: RecordType[];
  onSaved: (saved: Saved) => void;
}

/** Save a record form: notify, refresh what shows the record type, then hand the saved record on. */
export const useRecordSave = <Saved, Input = unknown>({
  type,
  form,
  id,
  save = (input) => (id ? recordApi.update<Saved>(type, id, input) : recordApi.create<Saved>(type, input)),
  savedMessage,
  alsoRefresh = [],
  onSaved,
}: RecordSaveOptions<Input, Saved>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: async (saved) => {
      notifySuccess(savedMessage(saved));
      await refreshRecords(queryClient, type, ...alsoRefresh);
      onSaved(saved);
    },
    onError: (error) => showFormError(form, error),
  });
};

/**
 * The owner and custom values as the API takes them: no owner means "leave it" (or "me" on create),
 * and an emptied custom input clears its value.
 */
export const ownerAndCustomInput = (values: { ownerId: string | null; custom: CustomValues }) => ({
  ownerId: values.ownerId ?? undefined,
  custom: Object.fromEntries(
    Object.entries(values.custom).map(([key, value]) => [key, value === '' ? null : value]),
  ) as CustomValues,
});

/** Text inputs hold '' for nothing; the API wants null. */
export const textOrNull = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
