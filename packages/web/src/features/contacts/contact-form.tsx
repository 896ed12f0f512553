import { ActionIcon, Alert, Button, Group, List, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { type Contact, type CustomValues, createContactSchema, type SavedContact } from '@pacer/core';
import { IconAlertTriangle, IconMail, IconPhone, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { api } from '../../lib/api-client';
import { useSchemaForm } from '../../lib/use-schema-form';
import { CustomFieldInputs, customInput } from '../custom-fields/custom-field-inputs';
import { AddressInputs, FieldPair, FormActions, FormSection, OwnerInput, useRecordSave } from '../records/record-form';
import { RecordPicker } from '../records/record-picker';

interface ContactValues extends Record<string, unknown> {
  firstName: string;
  lastName: string;
  title: string;
  accountId: string | null;
  emails: { email: string; label: string }[];
  phones: { phone: string; label: string }[];
  address: { street: string; postalCode: string; city: string; region: string; country: string };
  isInfluencer: boolean;
  notes: string;
  ownerId: string | null;
  custom: CustomValues;
}

const valuesOf = (contact: Contact | null, defaults: { accountId?: string | null }): ContactValues => ({
  firstName: contact?.firstName ?? '',
  lastName: contact?.lastName ?? '',
  title: contact?.title ?? '',
  accountId: contact?.accountId ?? defaults.accountId ?? null,
  emails: contact?.emails.map((entry) => ({ email: entry.email, label: entry.label ?? '' })) ?? [
    { email: '', label: '' },
  ],
  phones: contact?.phones.map((entry) => ({ phone: entry.phone, label: entry.label ?? '' })) ?? [
    { phone: '', label: '' },
  ],
  address: {
    street: contact?.address.street ?? '',
    postalCode: contact?.address.postalCode ?? '',
    city: contact?.address.city ?? '',
    region: contact?.address.region ?? '',
    country: contact?.address.country ?? '',
  },
  isInfluencer: contact?.isInfluencer ?? false,
  notes: contact?.notes ?? '',
  ownerId: contact?.ownerId ?? null,
  custom: contact?.custom ?? {},
});

/** Shown after saving when others use the same e-mail address: a warning, not an error. */
const DuplicateWarning = ({ saved, onContinue }: { saved: SavedContact; onContinue: () => void }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="duplicate-warning">
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        title={t('contacts.duplicates.title')}
      >
        <Text size="sm" mb="sm">
          {t('contacts.duplicates.body', { name: saved.name })}
        </Text>
        <List size="sm" spacing={4}>
          {saved.duplicates.map((duplicate) => (
            <List.Item key={duplicate.id}>
              <AnchorLink to="/contacts/$contactId" params={{ contactId: duplicate.id }} size="sm" fw={600}>
                {duplicate.name}
              </AnchorLink>{' '}
              <Text span size="sm" c="dimmed">
                {duplicate.email}
              </Text>
            </List.Item>
          ))}
        </List>
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onContinue}>{t('contacts.duplicates.continue', { name: saved.name })}</Button>
      </Group>
    </Stack>
  );
};

/** Create a contact or change one; after saving, warn when the e-mail address is already in use. */
export const ContactForm = ({
  contact,
  defaults = {},
  onDone,
  onCancel,
}: {
  contact: Contact | null;
  defaults?: { accountId?: string; accountName?: string };
  onDone: (saved: SavedContact) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const [warned, setWarned] = useState<SavedContact | null>(null);
  const form = useSchemaForm({
    schema: createContactSchema,
    initialValues: valuesOf(contact, defaults),
    toInput: (values) => ({
      firstName: values.firstName,
      lastName: values.lastName,
      title: values.title,
      accountId: values.accountId,
      emails: values.emails.filter((entry) => entry.email.trim() !== ''),
      phones: values.phones.filter((entry) => entry.phone.trim() !== ''),
      address: values.address,
      isInfluencer: values.isInfluencer,
      notes: values.notes,
      ownerId: values.ownerId ?? undefined,
      custom: customInput(values.custom),
    }),
  });
  const save = useRecordSave({
    type: 'contacts',
    form,
    alsoRefresh: ['accounts'],
    save: (input: unknown) =>
      contact ? api.patch<SavedContact>(`/contacts/${contact.id}`, input) : api.post<SavedContact>('/contacts', input),
    savedMessage: (saved) => t(contact ? 'contacts.form.saved' : 'contacts.form.created', { name: saved.name }),
    onSaved: (saved) => (saved.duplicates.length > 0 ? setWarned(saved) : onDone(saved)),
  });

  if (warned) return <DuplicateWarning saved={warned} onContinue={() => onDone(warned)} />;

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="lg">
        <FormSection>
          <FieldPair>
            <TextInput label={t('contacts.fields.firstName')} data-autofocus {...form.getInputProps('firstName')} />
            <TextInput label={t('contacts.fields.lastName')} required {...form.getInputProps('lastName')} />
          </FieldPair>
          <TextInput
            label={t('contacts.fields.title')}
            placeholder={t('contacts.fields.titlePlaceholder')}
            {...form.getInputProps('title')}
          />
          <RecordPicker
            type="accounts"
            label={t('contacts.fields.account')}
            placeholder={t('contacts.fields.accountPlaceholder')}
            value={form.values.accountId}
            selectedName={contact?.accountName ?? defaults.accountName}
            onChange={(id) => form.setFieldValue('accountId', id)}
            error={form.errors.accountId}
            data-testid="contact-account"
          />
        </FormSection>
        <FormSection title={t('contacts.form.reach')}>
          {form.values.emails.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('contacts.fields.email')}
                placeholder={t('contacts.fields.email')}
                leftSection={<IconMail size={16} />}
                type="email"
                style={{ flex: 2 }}
                {...form.getInputProps(`emails.${index}.email`)}
              />
              <TextInput
                aria-label={t('records.form.label')}
                placeholder={t('contacts.fields.labelPlaceholder')}
                style={{ flex: 1 }}
                {...form.getInputProps(`emails.${index}.label`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="input-sm"
                aria-label={t('actions.remove')}
                onClick={() => form.removeListItem('emails', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('emails', { email: '', label: '' })}
            w="fit-content"
          >
            {t('contacts.fields.addEmail')}
          </Button>
          {form.values.phones.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('contacts.fields.phone')}
                placeholder={t('contacts.fields.phone')}
                leftSection={<IconPhone size={16} />}
                type="tel"
                style={{ flex: 2 }}
                {...form.getInputProps(`phones.${index}.phone`)}
              />
              <TextInput
                aria-label={t('records.form.label')}
                placeholder={t('contacts.fields.labelPlaceholder')}
                style={{ flex: 1 }}
                {...form.getInputProps(`phones.${index}.label`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="input-sm"
                aria-label={t('actions.remove')}
                onClick={() => form.removeListItem('phones', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('phones', { phone: '', label: '' })}
            w="fit-content"
          >
            {t('contacts.fields.addPhone')}
          </Button>
        </FormSection>
        <FormSection title={t('records.form.address')}>
          <AddressInputs form={form} />
        </FormSection>
        <FormSection>
          <Switch
            label={t('contacts.fields.influencer')}
            description={t('contacts.fields.influencerHint')}
            {...form.getInputProps('isInfluencer', { type: 'checkbox' })}
          />
          <Textarea
            label={t('contacts.fields.notes')}
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('notes')}
          />
          <OwnerInput form={form} ownerName={contact?.ownerName} />
        </FormSection>
        <CustomFieldInputs recordType="contacts" form={form} />
      </Stack>
      <FormActions
        onCancel={onCancel}
        submitLabel={t(contact ? 'actions.saveChanges' : 'contacts.form.create')}
        loading={save.isPending}
      />
    </form>
  );
};
