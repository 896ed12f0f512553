import { Badge, Button, Group, Modal, Skeleton, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type GoalDetail,
  type RollForwardGoalInput,
  type RollForwardProposal,
  rollForwardGoalSchema,
} from '@pacer/core';
import { IconArrowForwardUp } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DialogButtons, QueryLoadError } from '../../components/feedback';
import { formatDay } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { showFormError } from '../../lib/use-schema-form';
import { amountText, goalIssuesToErrors } from './goal-form-values';
import { formatGoalValue } from './goal-format';
import { goalsApi, rollForwardQuery } from './goals-api';

interface RollValues extends Record<string, unknown> {
  target: string;
  missedReason: string;
}

const RollForwardForm = ({
  goal,
  proposal,
  onDone,
}: {
  goal: GoalDetail;
  proposal: RollForwardProposal;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // A goal still running is rolled forward early; only one that ended short is asked why.
  const asksWhy = !proposal.met && proposal.over;
  const toInput = (values: RollValues) => ({
    target: amountText(values.target) || undefined,
    missedReason: asksWhy ? values.missedReason : undefined,
  });
  const form = useForm<RollValues, RollForwardGoalInput>({
    mode: 'controlled',
    initialValues: { target: proposal.proposedTarget, missedReason: '' },
    validate: (values) => {
      const result = rollForwardGoalSchema.safeParse(toInput(values));
      if (!result.success) return goalIssuesToErrors(result.error.issues, t);
      // The contract leaves the reason optional; the server asks for it when the goal was missed.
      return asksWhy && !values.missedReason.trim() ? { missedReason: t('goals.form.errors.required') } : {};
    },
    transformValues: (values) => rollForwardGoalSchema.parse(toInput(values)),
  });
  const value = (amount: string) => formatGoalValue(amount, goal);
  // Navigating belongs to the mutation itself: the dialog (and its mutate callbacks) is gone once it closes.
  const save = useMutation({
    mutationFn: (input: RollForwardGoalInput) => goalsApi.rollForward(goal.id, input),
    onSuccess: async (next) => {
      notifySuccess(t('goals.rollForward.done', { from: formatDay(next.startsOn), to: formatDay(next.endsOn) }));
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
      onDone();
      void navigate({ to: '/goals/$goalId', params: { goalId: next.id } });
    },
    onError: (error) => showFormError(form, error),
  });

  return (
    <form onSubmit={form.onSubmit((input) => save.mutate(input))} noValidate data-testid="goal-roll-forward-form">
      <Stack gap="md">
        <Group justify="space-between" gap="md" wrap="wrap">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('goals.rollForward.next')}
            </Text>
            <Text fw={600} data-testid="goal-roll-period">
              {formatDay(proposal.startsOn)} – {formatDay(proposal.endsOn)}
            </Text>
          </Stack>
          <Stack gap={0} align="flex-end">
            <Text size="xs" c="dimmed">
              {t('goals.rollForward.result')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {value(proposal.result)}
              </Text>
              <Badge
                variant="light"
                color={proposal.met ? 'teal' : proposal.over ? 'red' : 'gray'}
                data-testid="goal-roll-met"
              >
                {proposal.met
                  ? t('goals.rollForward.met')
                  : proposal.over
                    ? t('goals.rollForward.notMet')
                    : t('goals.rollForward.running')}
              </Badge>
            </Group>
          </Stack>
        </Group>
        <TextInput
          label={t('goals.rollForward.target')}
          inputMode="decimal"
          data-autofocus
          {...form.getInputProps('target')}
        />
        {proposal.children.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('goals.rollForward.parts')}
            </Text>
            <Table verticalSpacing={4} data-testid="goal-roll-children">
              <Table.Tbody>
                {proposal.children.map((child) => (
                  <Table.Tr key={child.goalId}>
                    <Table.Td>{child.name}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {value(child.proposedTarget)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ) : null}
        {asksWhy ? (
          <Textarea
            label={t('goals.rollForward.missedReason')}
            placeholder={t('goals.rollForward.missedPlaceholder')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('missedReason')}
          />
        ) : null}
        <DialogButtons mt="sm" cancelLabel={t('actions.cancel')} onCancel={onDone}>
          <Button type="submit" loading={save.isPending} leftSection={<IconArrowForwardUp size={18} />}>
            {t('goals.rollForward.submit')}
          </Button>
        </DialogButtons>
      </Stack>
    </form>
  );
};

const RollForwardBody = ({ goal, onClose }: { goal: GoalDetail; onClose: () => void }) => {
  const proposal = useQuery(rollForwardQuery(goal.id));
  if (proposal.isError) return <QueryLoadError query={proposal} />;
  if (!proposal.data) return <Skeleton height={180} radius="md" />;
  return <RollForwardForm goal={goal} proposal={proposal.data} onDone={onClose} />;
};

/** Carry a goal (and its parts) into the next period, with a proposed target; a missed goal asks why. */
export const RollForwardModal = ({ goal, onClose }: { goal: GoalDetail | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal opened={goal !== null} onClose={onClose} title={t('goals.rollForward.title', { name: goal?.name ?? '' })}>
      {goal ? <RollForwardBody goal={goal} onClose={onClose} /> : null}
    </Modal>
  );
};
