import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type EstimatesRuleInput, estimatesRuleSchema, type GoalDetail } from '@pacer/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DialogButtons } from '../../components/feedback';
import { useSaveMutation } from '../../lib/use-schema-form';
import { amountText, goalIssuesToErrors } from './goal-form-values';
import { goalsApi } from './goals-api';

interface RuleValues extends Record<string, unknown> {
  factor: string;
}

const EstimatesRuleForm = ({ goal, onDone }: { goal: GoalDetail; onDone: () => void }) => {
  const { t } = useTranslation();
  const toInput = (values: RuleValues) => ({ factor: amountText(values.factor) });
  const form = useForm<RuleValues, EstimatesRuleInput>({
    mode: 'controlled',
    initialValues: { factor: '3' },
    validate: (values) => {
      const result = estimatesRuleSchema.safeParse(toInput(values));
      return result.success ? {} : goalIssuesToErrors(result.error.issues, t);
    },
    transformValues: (values) => estimatesRuleSchema.parse(toInput(values)),
  });
  const save = useSaveMutation({
    form,
    save: (input: EstimatesRuleInput) => goalsApi.estimatesRule(goal.id, input),
    savedMessage: (saved) => t('goals.estimatesRule.done', { count: saved.created + saved.updated }),
    refresh: [['goals']],
    onDone,
  });
  return (
    <form onSubmit={form.onSubmit((input) => save.mutate(input))} noValidate data-testid="goal-estimates-rule-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('goals.estimatesRule.hint')}
        </Text>
        <TextInput
          label={t('goals.estimatesRule.factor')}
          description={t('goals.estimatesRule.factorHint')}
          inputMode="decimal"
          required
          data-autofocus
          {...form.getInputProps('factor')}
          data-testid="goal-estimates-factor"
        />
        <DialogButtons mt="sm" cancelLabel={t('actions.cancel')} onCancel={onDone}>
          <Button type="submit" loading={save.isPending} leftSection={<IconFileInvoice size={18} />}>
            {t('goals.estimatesRule.submit')}
          </Button>
        </DialogButtons>
      </Stack>
    </form>
  );
};

/** The estimates rule on a revenue quota: estimates sent each month ≥ factor × that month's quota. */
export const EstimatesRuleModal = ({ goal, onClose }: { goal: GoalDetail | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal opened={goal !== null} onClose={onClose} title={t('goals.estimatesRule.title', { name: goal?.name ?? '' })}>
      {goal ? <EstimatesRuleForm goal={goal} onDone={onClose} /> : null}
    </Modal>
  );
};
