import { Select, TextInput } from '@mantine/core';
import { type CustomValues, createLeadSchema, type Lead, type LeadSource, type LeadStatus } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { InstantInput } from '../../components/date-inputs';
import { useSchemaForm } from '../../lib/use-schema-form';
import { CustomFieldInputs } from '../custom-fields/custom-field-inputs';
import {
  FieldPair,
  FormSection,
  NotesInput,
  OwnerInput,
  ownerAndCustomInput,
  PersonNameInputs,
  RecordFormLayout,
  useRecordSave,
} from '../records/record-form';
import { leadSourceOptions, leadStatusOptions } from '../records/vocab';

interface LeadValues extends Record<string, unknown> {
  firstName: string;
  lastName: string;
  company: string;
  title: string;
  email: string;
  phone: string;
  source: LeadSource;
  status: Exclude<LeadStatus, 'converted'>;
  followUpDueAt: string | null;
  disqualifiedReason: string;
  notes: string;
  ownerId: string | null;
  custom: CustomValues;
}

/** Create a lead or change one; the follow-up deadline defaults from the org setting. */
export const LeadForm = ({
  lead,
  onDone,
  onCancel,
}: {
  lead: Lead | null;
  onDone: (saved: Lead) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: createLeadSchema,
    initialValues: {
      firstName: lead?.firstName ?? '',
      lastName: lead?.lastName ?? '',
      company: lead?.company ?? '',
      title: lead?.title ?? '',
      email: lead?.email ?? '',
      phone: lead?.phone ?? '',
      source: lead?.source ?? 'company',
      status: lead && lead.status !== 'converted' ? lead.status : 'new',
      followUpDueAt: lead?.followUpDueAt ?? null,
      disqualifiedReason: lead?.disqualifiedReason ?? '',
      notes: lead?.notes ?? '',
      ownerId: lead?.ownerId ?? null,
      custom: lead?.custom ?? {},
    } as LeadValues,
    toInput: (values) => ({
      firstName: values.firstName,
      lastName: values.lastName,
      company: values.company,
      title: values.title,
      email: values.email.trim() === '' ? null : values.email,
      phone: values.phone,
      source: values.source,
      status: values.status,
      // Left empty on a new lead: the server sets the deadline the org asks for.
      followUpDueAt: values.followUpDueAt ?? (lead ? null : undefined),
      disqualifiedReason: values.status === 'disqualified' ? values.disqualifiedReason : null,
      notes: values.notes,
      ...ownerAndCustomInput(values),
    }),
  });
  const save = useRecordSave<Lead>({
    type: 'leads',
    id: lead?.id,
    form,
    savedMessage: (saved) => t(lead ? 'leads.form.saved' : 'leads.form.created', { name: saved.name }),
    onSaved: onDone,
  });
  const statuses = leadStatusOptions(t).filter((option) => option.value !== 'converted');

  return (
    <RecordFormLayout
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      onCancel={onCancel}
      submitLabel={t(lead ? 'actions.saveChanges' : 'leads.form.create')}
      loading={save.isPending}
    >
      <FormSection>
        <PersonNameInputs form={form} />
        <FieldPair>
          <TextInput label={t('leads.fields.company')} {...form.getInputProps('company')} />
          <TextInput label={t('records.fields.jobTitle')} {...form.getInputProps('title')} />
        </FieldPair>
        <FieldPair>
          <TextInput label={t('records.fields.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('records.fields.phone')} type="tel" {...form.getInputProps('phone')} />
        </FieldPair>
      </FormSection>
      <FormSection title={t('leads.form.qualification')}>
        <FieldPair>
          <Select
            label={t('leads.fields.source')}
            data={leadSourceOptions(t)}
            allowDeselect={false}
            {...form.getInputProps('source')}
          />
          <Select
            label={t('leads.fields.status')}
            data={statuses}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </FieldPair>
        {form.values.status === 'disqualified' ? (
          <TextInput label={t('leads.fields.disqualifiedReason')} {...form.getInputProps('disqualifiedReason')} />
        ) : null}
        <InstantInput
          label={t('leads.fields.followUpDueAt')}
          description={t('leads.fields.followUpHint')}
          {...form.getInputProps('followUpDueAt')}
        />
        <NotesInput form={form} />
        <OwnerInput form={form} ownerName={lead?.ownerName} />
      </FormSection>
      <CustomFieldInputs recordType="leads" form={form} />
    </RecordFormLayout>
  );
};
