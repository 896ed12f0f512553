import { Alert, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import {
  type Activity,
  type ActivityDirection,
  type ActivityOutcome,
  type ActivityType,
  updateActivitySchema,
} from '@pacer/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { InstantInput } from '../../components/date-inputs';
import { api } from '../../lib/api-client';
import { useSchemaForm } from '../../lib/use-schema-form';
import { FieldPair, FormActions, FormSection, OwnerInput, RecordDrawer, useRecordSave } from '../records/record-form';
import { RecordPicker } from '../records/record-picker';
import { activityTypeOptions, directionOptions, outcomeOptions } from '../records/vocab';

interface ActivityValues extends Record<string, unknown> {
  type: ActivityType;
  direction: ActivityDirection | null;
  outcome: ActivityOutcome | null;
  subject: string;
  notes: string;
  scheduledAt: string | null;
  completedAt: string | null;
  durationMinutes: number | string;
  location: string;
  accountId: string | null;
  contactId: string | null;
  dealId: string | null;
  leadId: string | null;
  ownerId: string | null;
}

const ActivityForm = ({ activity, onDone }: { activity: Activity; onDone: () => void }) => {
  const { t } = useTranslation();
  const locked = activity.callReportId !== null;
  const form = useSchemaForm({
    schema: updateActivitySchema,
    initialValues: {
      type: activity.type,
      direction: activity.direction,
      outcome: activity.outcome,
      subject: activity.subject ?? '',
      notes: activity.notes ?? '',
      scheduledAt: activity.scheduledAt,
      completedAt: activity.completedAt,
      durationMinutes: activity.durationMinutes ?? '',
      location: activity.location ?? '',
      accountId: activity.accountId,
      contactId: activity.contactId,
      dealId: activity.dealId,
      leadId: activity.leadId,
      ownerId: activity.ownerId,
    } as ActivityValues,
    toInput: (values) => ({
      ...values,
      durationMinutes: values.durationMinutes === '' ? null : Number(values.durationMinutes),
      ownerId: values.ownerId ?? undefined,
    }),
  });
  const save = useRecordSave({
    type: 'activities',
    form,
    alsoRefresh: ['accounts', 'contacts', 'deals', 'leads'],
    save: (input: unknown) => api.patch<Activity>(`/activities/${activity.id}`, input),
    savedMessage: () => t('activities.edit.saved'),
    onSaved: onDone,
  });

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <fieldset disabled={locked} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg">
          {locked ? (
            <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
              {t('activities.edit.locked')}
            </Alert>
          ) : null}
          <FormSection>
            <FieldPair>
              <Select
                label={t('activities.fields.type')}
                data={activityTypeOptions(t)}
                allowDeselect={false}
                {...form.getInputProps('type')}
              />
              <Select
                label={t('activities.fields.outcome')}
                data={outcomeOptions(t)}
                clearable
                {...form.getInputProps('outcome')}
              />
            </FieldPair>
            <TextInput label={t('activities.fields.subject')} data-autofocus {...form.getInputProps('subject')} />
            <Textarea
              label={t('activities.fields.notes')}
              placeholder={t('activities.fields.notesPlaceholder')}
              autosize
              minRows={4}
              maxRows={14}
              {...form.getInputProps('notes')}
            />
            <FieldPair>
              <InstantInput label={t('activities.fields.scheduledAt')} {...form.getInputProps('scheduledAt')} />
              <InstantInput
                label={t('activities.fields.completedAt')}
                description={t('activities.fields.completedHint')}
                {...form.getInputProps('completedAt')}
              />
            </FieldPair>
            <FieldPair>
              <NumberInput
                label={t('activities.fields.duration')}
                min={0}
                max={1440}
                allowDecimal={false}
                {...form.getInputProps('durationMinutes')}
              />
              <Select
                label={t('activities.fields.direction')}
                data={directionOptions(t)}
                clearable
                {...form.getInputProps('direction')}
              />
            </FieldPair>
            <TextInput label={t('activities.fields.location')} {...form.getInputProps('location')} />
          </FormSection>
          <FormSection title={t('activities.edit.links')}>
            <FieldPair>
              <RecordPicker
                type="accounts"
                label={t('records.fields.account')}
                value={form.values.accountId}
                selectedName={activity.accountName}
                onChange={(id) => form.setFieldValue('accountId', id)}
              />
              <RecordPicker
                type="contacts"
                label={t('records.fields.contact')}
                value={form.values.contactId}
                selectedName={activity.contactName}
                filters={form.values.accountId ? { accountId: form.values.accountId } : undefined}
                onChange={(id) => form.setFieldValue('contactId', id)}
              />
            </FieldPair>
            <FieldPair>
              <RecordPicker
                type="deals"
                label={t('records.fields.deal')}
                value={form.values.dealId}
                selectedName={activity.dealName}
                filters={form.values.accountId ? { accountId: form.values.accountId } : undefined}
                onChange={(id) => form.setFieldValue('dealId', id)}
              />
              <RecordPicker
                type="leads"
                label={t('records.fields.lead')}
                value={form.values.leadId}
                selectedName={activity.leadName}
                onChange={(id) => form.setFieldValue('leadId', id)}
              />
            </FieldPair>
            <OwnerInput form={form} ownerName={activity.ownerName} />
          </FormSection>
        </Stack>
      </fieldset>
      {locked ? null : (
        <FormActions onCancel={onDone} submitLabel={t('actions.saveChanges')} loading={save.isPending} />
      )}
    </form>
  );
};

/** Change a logged activity: its report, outcome, times and links. */
export const ActivityDrawer = ({ activity, onClose }: { activity: Activity | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <RecordDrawer
      target={activity}
      title={t('activities.edit.title')}
      formKey={(target) => target.id}
      onClose={onClose}
    >
      {(target) => <ActivityForm activity={target} onDone={onClose} />}
    </RecordDrawer>
  );
};
