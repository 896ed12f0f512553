import {
  Box,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type Activity, type ActivityOutcome, type ActivityType, createActivitySchema } from '@pacer/core';
import { IconCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChipChoice } from '../../components/chip-choice';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { callReportsApi } from '../call-reports/call-reports-api';
import { instantOn, timeOfDayIn, todayIn } from '../call-reports/local-day';
import { activityLooks, activityTypeLabel, outcomeLabel, outcomesFor } from '../records/vocab';
import { AccountOrContactPicker, type PickedRecord } from './account-or-contact-picker';

/** The kinds a field rep logs from the car park. */
export const dayActivityTypes = ['visit', 'call', 'meeting'] as const satisfies readonly ActivityType[];

const durations = [15, 30, 45, 60, 90];

interface LogValues extends Record<string, unknown> {
  type: (typeof dayActivityTypes)[number];
  record: PickedRecord | null;
  outcome: ActivityOutcome | null;
  durationMinutes: number | null;
  time: string;
  notes: string;
}

/** What the modal is opened on: a new visit or call on a day, or one to edit. */
export type LogTarget = { type: (typeof dayActivityTypes)[number]; day: string } | { activity: Activity; day: string };

const dayTypeOf = (type: ActivityType): LogValues['type'] =>
  (dayActivityTypes as readonly ActivityType[]).includes(type) ? (type as LogValues['type']) : 'visit';

const recordOf = (activity: Activity): PickedRecord | null => {
  if (activity.contactId) return { type: 'contacts', id: activity.contactId, title: activity.contactName ?? '' };
  if (activity.accountId) return { type: 'accounts', id: activity.accountId, title: activity.accountName ?? '' };
  return null;
};

const LogForm = ({ target, onDone }: { target: LogTarget; onDone: () => void }) => {
  const { t } = useTranslation();
  const { org } = useSession();
  const queryClient = useQueryClient();
  const editing = 'activity' in target ? target.activity : null;
  const initialRecord = editing ? recordOf(editing) : null;
  const [initialTime] = useState(() =>
    editing?.completedAt
      ? timeOfDayIn(new Date(editing.completedAt), org.timeZone)
      : target.day === todayIn(org.timeZone)
        ? timeOfDayIn(new Date(), org.timeZone)
        : '12:00',
  );
  const form = useSchemaForm({
    schema: createActivitySchema,
    initialValues: {
      type: 'activity' in target ? dayTypeOf(target.activity.type) : target.type,
      record: initialRecord,
      outcome: editing?.outcome ?? null,
      durationMinutes: editing?.durationMinutes ?? null,
      time: initialTime,
      notes: editing?.notes ?? '',
    } as LogValues,
    toInput: (values) => {
      const picked = values.record;
      const sameRecord = picked && initialRecord && picked.id === initialRecord.id;
      return {
        type: values.type,
        direction: values.type === 'call' ? ('outbound' as const) : null,
        outcome: values.outcome,
        notes: values.notes,
        durationMinutes: values.durationMinutes,
        // A new one logged today at the time offered is logged as done now, to the second (keeps the order).
        completedAt:
          !editing && values.time === initialTime
            ? undefined
            : instantOn(target.day, values.time || '12:00', org.timeZone),
        // An unchanged pick keeps both links of the edited activity; a new pick replaces them.
        accountId: sameRecord ? (editing?.accountId ?? null) : picked?.type === 'accounts' ? picked.id : null,
        contactId: picked?.type === 'contacts' ? picked.id : null,
      };
    },
  });
  const save = useMutation({
    mutationFn: (input: ReturnType<typeof form.getTransformedValues>) =>
      editing ? callReportsApi.updateActivity(editing.id, input) : callReportsApi.logActivity(input),
    // No toast: the new card in the day's list says it, and a toast would cover the submit button on a phone.
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['call-reports', 'mine'] });
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      onDone();
    },
    onError: (error) => showFormError(form, error),
  });

  return (
    <form onSubmit={form.onSubmit((input) => save.mutate(input))} noValidate>
      <Stack gap="lg" pb="md">
        <SegmentedControl
          fullWidth
          size="md"
          aria-label={t('myDay.form.type')}
          data={dayActivityTypes.map((type) => ({ value: type, label: activityTypeLabel(t, type) }))}
          value={form.values.type}
          onChange={(type) => {
            form.setFieldValue('type', type as LogValues['type']);
            const outcomes: readonly ActivityOutcome[] = outcomesFor[type as LogValues['type']];
            if (form.values.outcome && !outcomes.includes(form.values.outcome)) {
              form.setFieldValue('outcome', null);
            }
          }}
        />
        <AccountOrContactPicker
          label={t('myDay.form.who')}
          placeholder={t('myDay.form.whoPlaceholder')}
          size="lg"
          value={form.values.record}
          onChange={(record) => form.setFieldValue('record', record)}
        />
        <ChipChoice
          id="log-outcome"
          label={t('activities.fields.outcome')}
          look="touch"
          value={form.values.outcome}
          onChange={(outcome) => form.setFieldValue('outcome', outcome as ActivityOutcome | null)}
          options={outcomesFor[form.values.type].map((outcome) => ({
            value: outcome,
            label: outcomeLabel(t, outcome),
          }))}
        />
        <Textarea
          label={t('records.fields.notes')}
          placeholder={t('myDay.form.notesPlaceholder')}
          size="lg"
          autosize
          minRows={5}
          maxRows={14}
          {...form.getInputProps('notes')}
        />
        <Stack gap={8}>
          <ChipChoice
            id="log-duration"
            label={t('activities.fields.durationShort')}
            look="touch"
            value={form.values.durationMinutes !== null ? String(form.values.durationMinutes) : null}
            onChange={(minutes) => form.setFieldValue('durationMinutes', minutes ? Number(minutes) : null)}
            options={durations.map((minutes) => ({
              value: String(minutes),
              label: t('activities.minutes', { count: minutes }),
            }))}
          />
          <Group grow gap="sm" align="flex-start">
            <NumberInput
              label={t('myDay.form.customDuration')}
              size="lg"
              min={0}
              max={1440}
              allowDecimal={false}
              allowNegative={false}
              inputMode="numeric"
              value={form.values.durationMinutes ?? ''}
              onChange={(value) => form.setFieldValue('durationMinutes', value === '' ? null : Number(value))}
              error={form.errors.durationMinutes}
              rightSection={
                <Text size="sm" c="dimmed" pr="xs">
                  {t('activities.minutesUnit')}
                </Text>
              }
              rightSectionWidth={56}
            />
            <TextInput type="time" label={t('myDay.form.time')} size="lg" {...form.getInputProps('time')} />
          </Group>
        </Stack>
      </Stack>
      {/* The save button stays under the thumb however long the notes get. */}
      <Box
        pos="sticky"
        bottom={0}
        py="sm"
        bg="var(--mantine-color-body)"
        style={{ zIndex: 2, borderTop: '1px solid var(--mantine-color-default-border)' }}
      >
        <Button type="submit" size="xl" fullWidth loading={save.isPending} leftSection={<IconCheck size={22} />}>
          {t('actions.save')}
        </Button>
      </Box>
    </form>
  );
};

/** The phone-sized form for one visit or call: full screen on a phone, a dialog on a desk. */
export const LogActivityModal = ({ target, onClose }: { target: LogTarget | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const type = target ? ('activity' in target ? target.activity.type : target.type) : 'visit';
  const look = activityLooks[type];
  const title = !target
    ? ''
    : 'activity' in target
      ? `${t('myDay.form.editTitle')}: ${activityTypeLabel(t, type)}`
      : t(`quickLog.title.${target.type}`);
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      fullScreen={phone}
      size="lg"
      radius={phone ? 0 : 'lg'}
      transitionProps={{ transition: phone ? 'slide-up' : 'pop', duration: 150 }}
      title={
        <Group gap="xs" wrap="nowrap">
          <look.icon size={22} color={`var(--mantine-color-${look.color}-6)`} />
          <span>{title}</span>
        </Group>
      }
      closeButtonProps={{ size: 'xl', 'aria-label': t('actions.close') }}
      styles={{ body: { paddingBottom: 0 } }}
    >
      {target ? (
        <LogForm
          key={'activity' in target ? target.activity.id : `${target.type}-${target.day}`}
          target={target}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
};
