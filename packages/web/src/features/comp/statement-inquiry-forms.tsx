import { Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { createCompInquirySchema, replyCompInquirySchema } from '@pacer/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { statementApi } from './statement-api';

/** After any inquiry change the statement (thread, adjustments, totals) and the lists read again. */
export const useRefreshStatements = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['comp-statements'] });
};

interface AskProps {
  statementId: string;
  position: number;
  onDone: () => void;
}

/** The rep's question on one line. */
export const AskForm = ({ statementId, position, onDone }: AskProps) => {
  const { t } = useTranslation();
  const refresh = useRefreshStatements();
  const form = useSchemaForm({ schema: createCompInquirySchema, initialValues: { comment: '' } });
  const ask = useMutation({
    mutationFn: (comment: string) => statementApi.ask(statementId, position, { comment }),
    onSuccess: async () => {
      notifySuccess(t('comp.statements.asked'));
      await refresh();
      onDone();
    },
    onError: (error) => showFormError(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((input) => ask.mutate(input.comment))} data-testid="statement-ask-form">
      <Stack gap="xs">
        <Textarea
          label={t('comp.statements.askLabel')}
          placeholder={t('comp.statements.askPlaceholder')}
          autosize
          minRows={2}
          autoFocus
          {...form.getInputProps('comment')}
          data-testid="statement-ask-comment"
        />
        <Group gap="xs" justify="flex-end">
          <Button variant="default" size="xs" onClick={onDone}>
            {t('comp.statements.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={ask.isPending} data-testid="statement-ask-submit">
            {t('comp.statements.askSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

interface ReplyProps {
  inquiryId: string;
  currency: string;
  /** Managers and admins may give an adjustment with their answer; the rep only follows up. */
  mayAdjust: boolean;
  onDone: () => void;
}

interface ReplyValues extends Record<string, unknown> {
  comment: string;
  adjust: boolean;
  adjustment: { amount: string; reason: string };
}

/** An answer in the thread, for a manager or admin maybe with an adjustment of the pay. */
export const ReplyForm = ({ inquiryId, currency, mayAdjust, onDone }: ReplyProps) => {
  const { t } = useTranslation();
  const refresh = useRefreshStatements();
  const form = useSchemaForm({
    schema: replyCompInquirySchema,
    initialValues: { comment: '', adjust: false, adjustment: { amount: '', reason: '' } } as ReplyValues,
    toInput: ({ comment, adjust, adjustment }) => ({ comment, adjustment: adjust ? adjustment : undefined }),
  });
  const reply = useMutation({
    mutationFn: (input: Parameters<typeof statementApi.reply>[1]) => statementApi.reply(inquiryId, input),
    onSuccess: async () => {
      notifySuccess(t('comp.statements.replied'));
      await refresh();
      onDone();
    },
    onError: (error) => showFormError(form, error),
  });
  return (
    <form onSubmit={form.onSubmit((input) => reply.mutate(input))} data-testid="statement-reply-form">
      <Stack gap="xs">
        <Textarea
          label={t('comp.statements.replyLabel')}
          autosize
          minRows={2}
          autoFocus
          {...form.getInputProps('comment')}
          data-testid="statement-reply-comment"
        />
        {mayAdjust ? (
          <Checkbox
            label={t('comp.statements.withAdjustment')}
            {...form.getInputProps('adjust', { type: 'checkbox' })}
            data-testid="statement-reply-adjust"
          />
        ) : null}
        {mayAdjust && form.values.adjust ? (
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              style={{ flex: '0 1 10rem' }}
              label={t('comp.statements.adjustmentAmount', { currency })}
              description={t('comp.statements.adjustmentAmountHint')}
              inputMode="decimal"
              {...form.getInputProps('adjustment.amount')}
              data-testid="statement-reply-amount"
            />
            <TextInput
              style={{ flex: '1 1 14rem' }}
              label={t('comp.statements.adjustmentReason')}
              description=" "
              {...form.getInputProps('adjustment.reason')}
              data-testid="statement-reply-reason"
            />
          </Group>
        ) : null}
        <Group gap="xs" justify="flex-end">
          <Button variant="default" size="xs" onClick={onDone}>
            {t('comp.statements.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={reply.isPending} data-testid="statement-reply-submit">
            {t('comp.statements.replySubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
