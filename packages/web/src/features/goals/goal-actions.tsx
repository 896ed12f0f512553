import { Button, Group, Input, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type CascadeGoalInput,
  cascadeGoalSchema,
  cascadeTargets,
  type GoalDetail,
  localDateOf,
  type UpdateGoalInput,
  updateGoalSchema,
} from '@pacer/core';
import {
  IconArchive,
  IconArrowForwardUp,
  IconArrowsSplit,
  IconFileInvoice,
  IconPencil,
  IconRestore,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal, DialogButtons } from '../../components/feedback';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSaveMutation } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { EstimatesRuleModal } from './goal-estimates-rule';
import { amountText, goalIssuesToErrors } from './goal-form-values';
import { formatGoalValue } from './goal-format';
import { RollForwardModal } from './goal-roll-forward';
import { goalsApi } from './goals-api';

// Splitting by weights needs a weight per part: the API takes it, this dialog offers the two without.
const splitMethods = ['even', 'last_year'] as const;

/** Which parts a goal can be split into: periods only into shorter ones. */
const canSplitInto = (goal: GoalDetail, into: (typeof cascadeTargets)[number]): boolean => {
  if (into === 'quarters') return goal.periodKind === 'year' || goal.periodKind === 'custom';
  if (into === 'months') return !['day', 'week', 'month'].includes(goal.periodKind);
  if (into === 'regions') return goal.scopeKind === 'org' || goal.scopeKind === 'region';
  return true;
};

/** The usual split: a team into its reps, the company into teams, a region into its regions, anything else into months. */
const defaultSplit = (goal: GoalDetail): CascadeGoalInput['into'] => {
  if (goal.scopeKind === 'team') return 'reps';
  if (goal.scopeKind === 'org') return 'teams';
  if (goal.scopeKind === 'region') return 'regions';
  return canSplitInto(goal, 'months') ? 'months' : 'reps';
};

const SplitForm = ({ goal, onDone }: { goal: GoalDetail; onDone: () => void }) => {
  const { t } = useTranslation();
  const form = useForm<CascadeGoalInput>({
    mode: 'controlled',
    initialValues: { into: defaultSplit(goal), method: 'even' },
    validate: (values) => {
      const result = cascadeGoalSchema.safeParse(values);
      return result.success ? {} : goalIssuesToErrors(result.error.issues, t);
    },
  });
  const save = useSaveMutation({
    form,
    save: (input: CascadeGoalInput) => goalsApi.cascade(goal.id, input),
    savedMessage: (saved) => t('goals.split.done', { count: saved.children.length }),
    refresh: [['goals']],
    onDone,
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate data-testid="goal-split-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('goals.split.hint')}
        </Text>
        <Input.Wrapper label={t('goals.split.into')} error={form.errors.into}>
          <SegmentedControl
            fullWidth
            aria-label={t('goals.split.into')}
            data={cascadeTargets.map((into) => ({
              value: into,
              label: t(`goals.split.intos.${into}`),
              disabled: !canSplitInto(goal, into),
            }))}
            {...form.getInputProps('into')}
          />
        </Input.Wrapper>
        <Input.Wrapper label={t('goals.split.method')} error={form.errors.method}>
          <SegmentedControl
            fullWidth
            aria-label={t('goals.split.method')}
            data={splitMethods.map((method) => ({ value: method, label: t(`goals.split.methods.${method}`) }))}
            {...form.getInputProps('method')}
          />
        </Input.Wrapper>
        <DialogButtons mt="sm" cancelLabel={t('actions.cancel')} onCancel={onDone}>
          <Button type="submit" loading={save.isPending} leftSection={<IconArrowsSplit size={18} />}>
            {t('goals.split.submit')}
          </Button>
        </DialogButtons>
      </Stack>
    </form>
  );
};

interface TargetValues extends Record<string, unknown> {
  target: string;
  reason: string;
  effectiveFrom: string;
}

const TargetForm = ({ goal, onDone }: { goal: GoalDetail; onDone: () => void }) => {
  const { t } = useTranslation();
  const { org } = useSession();
  const toInput = (values: TargetValues) => ({
    target: amountText(values.target),
    reason: values.reason.trim() || undefined,
    effectiveFrom: values.effectiveFrom || undefined,
  });
  const form = useForm<TargetValues, UpdateGoalInput>({
    mode: 'controlled',
    initialValues: { target: goal.target, reason: '', effectiveFrom: localDateOf(new Date(), org.timeZone) },
    validate: (values) => {
      const result = updateGoalSchema.safeParse(toInput(values));
      return result.success ? {} : goalIssuesToErrors(result.error.issues, t);
    },
    transformValues: (values) => updateGoalSchema.parse(toInput(values)),
  });
  const save = useSaveMutation({
    form,
    save: (input: UpdateGoalInput) => goalsApi.update(goal.id, input),
    savedMessage: () => t('goals.changeTarget.done'),
    refresh: [['goals']],
    onDone,
  });
  return (
    <form onSubmit={form.onSubmit((input) => save.mutate(input))} noValidate data-testid="goal-target-form">
      <Stack gap="md">
        <TextInput
          label={t('goals.changeTarget.target')}
          description={formatGoalValue(goal.target, goal)}
          inputMode="decimal"
          required
          data-autofocus
          {...form.getInputProps('target')}
        />
        <TextInput
          label={t('goals.changeTarget.reason')}
          placeholder={t('goals.changeTarget.reasonPlaceholder')}
          {...form.getInputProps('reason')}
        />
        <TextInput type="date" label={t('goals.changeTarget.effectiveFrom')} {...form.getInputProps('effectiveFrom')} />
        <DialogButtons mt="sm" cancelLabel={t('actions.cancel')} onCancel={onDone}>
          <Button type="submit" loading={save.isPending} leftSection={<IconPencil size={18} />}>
            {t('goals.changeTarget.submit')}
          </Button>
        </DialogButtons>
      </Stack>
    </form>
  );
};

type Dialog = 'split' | 'target' | 'estimates' | 'roll' | 'archive' | null;

/**
 * What a manager or admin does with a goal: split it, change its target, set the estimates rule on
 * a revenue quota, roll it forward, archive it.
 */
export const GoalActions = ({ goal }: { goal: GoalDetail }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const archive = useMutation({
    mutationFn: (archived: boolean) => goalsApi.archive(goal.id, archived),
    onSuccess: async (saved) => {
      notifySuccess(t(saved.archivedAt ? 'goals.actions.archived' : 'goals.actions.restored'));
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
      close();
    },
    onError: (error) => notifyError(error),
  });

  if (goal.archivedAt) {
    return (
      <Button
        variant="default"
        leftSection={<IconRestore size={16} />}
        loading={archive.isPending}
        onClick={() => archive.mutate(false)}
        data-testid="goal-restore"
      >
        {t('goals.actions.restore')}
      </Button>
    );
  }
  return (
    <Group gap="sm" wrap="wrap">
      <Button
        variant="default"
        leftSection={<IconArrowsSplit size={16} />}
        onClick={() => setDialog('split')}
        data-testid="goal-split"
      >
        {t('goals.actions.split')}
      </Button>
      {goal.linkedGoalId ? null : (
        <Button
          variant="default"
          leftSection={<IconPencil size={16} />}
          onClick={() => setDialog('target')}
          data-testid="goal-change-target"
        >
          {t('goals.actions.changeTarget')}
        </Button>
      )}
      {goal.metric === 'won_revenue' ? (
        <Button
          variant="default"
          leftSection={<IconFileInvoice size={16} />}
          onClick={() => setDialog('estimates')}
          data-testid="goal-estimates-rule"
        >
          {t('goals.actions.estimatesRule')}
        </Button>
      ) : null}
      <Button
        leftSection={<IconArrowForwardUp size={16} />}
        onClick={() => setDialog('roll')}
        data-testid="goal-roll-forward"
      >
        {t('goals.actions.rollForward')}
      </Button>
      <Button
        variant="subtle"
        color="gray"
        leftSection={<IconArchive size={16} />}
        onClick={() => setDialog('archive')}
        data-testid="goal-archive"
      >
        {t('goals.actions.archive')}
      </Button>
      <Modal opened={dialog === 'split'} onClose={close} title={t('goals.split.title', { name: goal.name })}>
        {dialog === 'split' ? <SplitForm goal={goal} onDone={close} /> : null}
      </Modal>
      <Modal opened={dialog === 'target'} onClose={close} title={t('goals.changeTarget.title', { name: goal.name })}>
        {dialog === 'target' ? <TargetForm goal={goal} onDone={close} /> : null}
      </Modal>
      <EstimatesRuleModal goal={dialog === 'estimates' ? goal : null} onClose={close} />
      <RollForwardModal goal={dialog === 'roll' ? goal : null} onClose={close} />
      <ConfirmModal
        opened={dialog === 'archive'}
        title={t('goals.actions.archiveTitle', { name: goal.name })}
        message={t('goals.actions.archiveBody')}
        confirmLabel={t('goals.actions.archive')}
        cancelLabel={t('actions.cancel')}
        loading={archive.isPending}
        onConfirm={() => archive.mutate(true)}
        onClose={close}
      />
    </Group>
  );
};
