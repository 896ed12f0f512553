import {
  Anchor,
  Button,
  Group,
  Kbd,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type Activity, type ActivityOutcome, type CreateActivityInput, createActivitySchema } from '@pacer/core';
import { IconCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChipChoice } from '../../components/chip-choice';
import { api } from '../../lib/api-client';
import { notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { activityLooks, activityTypeLabel, outcomeLabel, outcomesFor } from '../records/vocab';
import { AboutRecordPicker } from './about-record-picker';
import { defaultOutcome, type QuickLogType, quickLogTypes, typeKeys } from './activity-kinds';
import { type RecordRef, useCurrentRecord, useRecordInView } from './current-record';

/** `datetime-local` wants the local wall-clock time without seconds. */
const localInputValue = (date: Date): string => {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
};

/** The record an activity is about, as the ids the API links it by. */
const linksOf = (about: RecordRef | null): Partial<CreateActivityInput> => {
  if (!about) return {};
  const account = about.accountId ? { accountId: about.accountId } : {};
  switch (about.type) {
    case 'accounts':
      return { accountId: about.id };
    case 'contacts':
      return { ...account, contactId: about.id };
    case 'leads':
      return { leadId: about.id };
    case 'deals':
      return { ...account, dealId: about.id };
  }
};

// Lists and pages that show activities, or count them (goals, the wall chart, leaderboards), refresh after a log.
const refreshedKeys = new Set([
  'goals',
  'wall-chart',
  'metrics',
  'activities',
  'timeline',
  'call-reports',
  'my-day',
  'accounts',
  'contacts',
  'leads',
  'deals',
]);

interface QuickLogFormProps {
  /** The kind asked for by the shortcut or button; `at` changes with each request. */
  requested: { type: QuickLogType; at: number };
  showShortcuts: boolean;
  onDone: () => void;
  onCancel: () => void;
  onHelp: () => void;
  /** The kind was switched inside the form (the modal's title follows). */
  onTypeChange: (type: QuickLogType) => void;
}

/** The compact activity form: kind, record, outcome, notes, when and how long; Enter saves. */
export const QuickLogForm = ({
  requested,
  showShortcuts,
  onDone,
  onCancel,
  onHelp,
  onTypeChange,
}: QuickLogFormProps) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inView = useRecordInView();
  const { record } = useCurrentRecord(true);
  const aboutTouched = useRef(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const startedAt = useRef(localInputValue(new Date()));

  const form = useSchemaForm({
    schema: createActivitySchema,
    initialValues: {
      type: requested.type as QuickLogType,
      outcome: defaultOutcome[requested.type] as ActivityOutcome | null,
      about: null as RecordRef | null,
      notes: '',
      when: startedAt.current,
      durationMinutes: '' as string | number,
    },
    toInput: (values) => ({
      type: values.type,
      outcome: values.outcome,
      notes: values.notes,
      durationMinutes: values.durationMinutes === '' ? null : Number(values.durationMinutes),
      // Left as opened, the server stamps the moment it saves.
      ...(values.when && values.when !== startedAt.current ? { completedAt: new Date(values.when).toISOString() } : {}),
      ...linksOf(values.about),
    }),
  });

  const setType = (type: QuickLogType) => {
    form.setValues({ type, outcome: defaultOutcome[type] });
    onTypeChange(type);
  };

  // Another shortcut while open switches the kind and keeps what was typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each request counts once
  useEffect(() => {
    if (form.values.type !== requested.type) setType(requested.type);
  }, [requested.at]);

  // The record page's record is the default, until someone picks or clears another.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly loaded record matters
  useEffect(() => {
    if (record && !aboutTouched.current) form.setFieldValue('about', record);
  }, [record?.id, record?.title]);

  const save = useMutation({
    mutationFn: (input: CreateActivityInput) => api.post<Activity>('/activities', input),
    onSuccess: async (activity) => {
      const about = form.values.about?.title;
      notifySuccess(
        about
          ? t('quickLog.savedAbout', { type: activityTypeLabel(t, activity.type), about })
          : t('quickLog.saved', { type: activityTypeLabel(t, activity.type) }),
      );
      onDone();
      await queryClient.invalidateQueries({ predicate: (query) => refreshedKeys.has(String(query.queryKey[0])) });
    },
    onError: (error) => showFormError(form, error),
  });
  const submit = form.onSubmit((input) => save.mutate(input));

  // In the notes Enter saves (a report is typed in one go); Shift+Enter starts a new line.
  const enterSaves = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  };

  const type = form.values.type;
  return (
    <form onSubmit={submit} noValidate data-testid="quick-log-form">
      <Stack gap="md">
        <SegmentedControl
          fullWidth
          value={type}
          onChange={(value) => setType(value as QuickLogType)}
          aria-label={t('quickLog.type')}
          data={quickLogTypes.map((value) => {
            const Icon = activityLooks[value].icon;
            return {
              value,
              label: (
                <>
                  <Group gap={6} wrap="nowrap" justify="center" visibleFrom="xs">
                    <Icon size={16} />
                    <Text span size="sm">
                      {activityTypeLabel(t, value)}
                    </Text>
                    {showShortcuts ? (
                      <Kbd size="xs" visibleFrom="sm">
                        {typeKeys[value].toUpperCase()}
                      </Kbd>
                    ) : null}
                  </Group>
                  <Stack gap={2} align="center" hiddenFrom="xs">
                    <Icon size={18} />
                    <Text span fz={10} lh={1.1}>
                      {activityTypeLabel(t, value)}
                    </Text>
                  </Stack>
                </>
              ),
            };
          })}
          data-testid="quick-log-type"
        />
        <AboutRecordPicker
          value={form.values.about}
          onChange={(about) => {
            aboutTouched.current = true;
            form.setFieldValue('about', about);
          }}
          onPicked={() => notesRef.current?.focus()}
          autoFocus={inView === null}
        />
        <ChipChoice
          id="quick-log-outcome"
          label={t('activities.fields.outcome')}
          look="compact"
          value={form.values.outcome}
          onChange={(value) => form.setFieldValue('outcome', value as ActivityOutcome | null)}
          options={outcomesFor[type].map((outcome) => ({ value: outcome, label: outcomeLabel(t, outcome) }))}
        />
        <Textarea
          ref={notesRef}
          label={t('records.fields.notes')}
          placeholder={t('quickLog.notesPlaceholder')}
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus={inView !== null || undefined}
          onKeyDown={enterSaves}
          {...form.getInputProps('notes')}
          data-testid="quick-log-notes"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput type="datetime-local" label={t('activities.fields.when')} {...form.getInputProps('when')} />
          <NumberInput
            label={t('activities.fields.durationShort')}
            placeholder={t('quickLog.durationPlaceholder')}
            suffix={` ${t('activities.minutesUnit')}`}
            min={0}
            max={24 * 60}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('durationMinutes')}
          />
        </SimpleGrid>
        <Group justify="space-between" gap="sm" mt={4} wrap="wrap-reverse">
          {showShortcuts ? (
            <Text size="xs" c="dimmed">
              <Kbd size="xs">↵</Kbd> {t('quickLog.hintSave')} · <Kbd size="xs">⇧</Kbd>+<Kbd size="xs">↵</Kbd>{' '}
              {t('quickLog.hintNewLine')} ·{' '}
              <Anchor component="button" type="button" size="xs" onClick={onHelp}>
                {t('quickLog.hintHelp')}
              </Anchor>
            </Text>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} leftSection={<IconCheck size={18} />}>
              {t('actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
};
