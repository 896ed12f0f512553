import { Alert, Button, Group, List, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type Contact, type CustomValues, createContactSchema, type SavedContact } from '@pacer/core';
import { IconAlertTriangle, IconMail, IconPhone } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddRowButton, RemoveRowButton } from '../../components/row-buttons';
import { useSchemaForm } from '../../lib/use-schema-form';
import { CustomFieldInputs } from '../custom-fields/custom-field-inputs';
import {
  AccountInput,
  AddressInputs,
  FormSection,
  NotesInput,
  OwnerInput,
  ownerAndCustomInput,
  PersonNameInputs,
  RecordFormLayout,
  useRecordSave,
} from '../records/record-form';
import { linkedRecord } from '../records/record-links';

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

type ContactFormValues = Pick<
  UseFormReturnType<ContactValues>,
  'values' | 'getInputProps' | 'insertListItem' | 'removeListItem'
>;

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

/** A contact's e-mail addresses or phone numbers, each with its label, as rows to edit. */
const ChannelRows = ({ form, kind }: { form: ContactFormValues; kind: 'email' | 'phone' }) => {
  const { t } = useTranslation();
  const list = kind === 'email' ? 'emails' : 'phones';
  return (
    <>
      {form.values[list].map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={t(`records.fields.${kind}`)}
            placeholder={t(`records.fields.${kind}`)}
            leftSection={kind === 'email' ? <IconMail size={16} /> : <IconPhone size={16} />}
            type={kind === 'email' ? 'email' : 'tel'}
            style={{ flex: 2 }}
            {...form.getInputProps(`${list}.${index}.${kind}`)}
          />
          <TextInput
            aria-label={t('records.form.label')}
            placeholder={t('contacts.fields.labelPlaceholder')}
            style={{ flex: 1 }}
            {...form.getInputProps(`${list}.${index}.label`)}
          />
          <RemoveRowButton
            size="input-sm"
            label={t('actions.remove')}
            onClick={() => form.removeListItem(list, index)}
          />
        </Group>
      ))}
      <AddRowButton
        label={t(kind === 'email' ? 'contacts.fields.addEmail' : 'contacts.fields.addPhone')}
        onClick={() =>
          form.insertListItem(list, kind === 'email' ? { email: '', label: '' } : { phone: '', label: '' })
        }
      />
    </>
  );
};

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
              {linkedRecord('contacts', duplicate.id, duplicate.name, { size: 'sm', fw: 600 })}{' '}
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
      ...ownerAndCustomInput(values),
    }),
  });
  const save = useRecordSave<SavedContact>({
    type: 'contacts',
    id: contact?.id,
    form,
    alsoRefresh: ['accounts'],
    savedMessage: (saved) => t(contact ? 'contacts.form.saved' : 'contacts.form.created', { name: saved.name }),
    onSaved: (saved) => (saved.duplicates.length > 0 ? setWarned(saved) : onDone(saved)),
  });

  if (warned) return <DuplicateWarning saved={warned} onContinue={() => onDone(warned)} />;

  return (
    <RecordFormLayout
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      onCancel={onCancel}
      submitLabel={t(contact ? 'actions.saveChanges' : 'contacts.form.create')}
      loading={save.isPending}
    >
      <FormSection>
        <PersonNameInputs form={form} />
        <TextInput
          label={t('records.fields.jobTitle')}
          placeholder={t('contacts.fields.titlePlaceholder')}
          {...form.getInputProps('title')}
        />
        <AccountInput
          form={form}
          accountName={contact?.accountName ?? defaults.accountName}
          data-testid="contact-account"
        />
      </FormSection>
      <FormSection title={t('contacts.form.reach')}>
        <ChannelRows form={form} kind="email" />
        <ChannelRows form={form} kind="phone" />
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
        <NotesInput form={form} />
        <OwnerInput form={form} ownerName={contact?.ownerName} />
      </FormSection>
      <CustomFieldInputs recordType="contacts" form={form} />
    </RecordFormLayout>
  );
};
