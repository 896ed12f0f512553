import { Chip, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type Deal, localDateOf, type MoveDealStageInput, moveDealStageSchema } from '@pacer/core';
import { IconTrophy, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ModalForm } from '../../components/form-modal';
import { useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import type { BoardStage } from './use-move-deal';

/** A drop on a won or lost stage, waiting for the close date (and for lost, the reason). */
export interface PendingClose {
  deal: Deal;
  stage: BoardStage;
}

interface CloseDealModalProps {
  pending: PendingClose | null;
  onConfirm: (pending: PendingClose, input: MoveDealStageInput) => void;
  onCancel: () => void;
}

// Lost deals must say why; the server only knows the reason is optional in general.
const lostSchema = moveDealStageSchema.extend({ lostReason: z.string().trim().min(1).max(500) });

const reasonKeys = ['price', 'competitor', 'noBudget', 'noDecision', 'timing', 'fit'] as const;

const CloseDealForm = ({
  pending,
  onConfirm,
  onCancel,
}: { pending: PendingClose } & Omit<CloseDealModalProps, 'pending'>) => {
  const { t } = useTranslation();
  const { org } = useSession();
  const lost = pending.stage.kind === 'lost';
  const form = useSchemaForm({
    schema: lost ? lostSchema : moveDealStageSchema,
    initialValues: { lostReason: '', competitor: '', closedOn: localDateOf(new Date(), org.timeZone) },
    toInput: (values) => ({
      stageId: pending.stage.id,
      closedOn: values.closedOn,
      ...(lost ? { lostReason: values.lostReason, competitor: values.competitor } : {}),
    }),
  });

  return (
    <ModalForm
      onSubmit={form.onSubmit((input) => onConfirm(pending, input))}
      cancelLabel={t('actions.cancel')}
      submitLabel={lost ? t('board.close.markLost') : t('board.close.markWon')}
      submitIcon={lost ? <IconX size={18} /> : <IconTrophy size={18} />}
      loading={false}
      onCancel={onCancel}
    >
      <Text size="sm" c="dimmed">
        {lost ? t('board.close.lostIntro') : t('board.close.wonIntro')}
      </Text>
      {lost ? (
        <>
          <Stack gap={6}>
            <TextInput
              label={t('deals.fields.lostReason')}
              placeholder={t('board.close.lostReasonPlaceholder')}
              required
              data-autofocus
              {...form.getInputProps('lostReason')}
            />
            <Group gap={6} aria-label={t('board.close.commonReasons')} role="group">
              {reasonKeys.map((key) => {
                const reason = t(`board.close.reasons.${key}`);
                return (
                  <Chip
                    key={key}
                    size="xs"
                    variant="light"
                    checked={form.values.lostReason === reason}
                    onChange={() => form.setFieldValue('lostReason', reason)}
                  >
                    {reason}
                  </Chip>
                );
              })}
            </Group>
          </Stack>
          <TextInput
            label={t('deals.fields.competitor')}
            placeholder={t('board.close.competitorPlaceholder')}
            {...form.getInputProps('competitor')}
          />
        </>
      ) : null}
      <TextInput
        type="date"
        label={t('deals.stage.closedOn')}
        required
        {...(lost ? {} : { 'data-autofocus': true })}
        {...form.getInputProps('closedOn')}
      />
    </ModalForm>
  );
};

/** Asks what a won or lost stage needs before the deal moves there. */
export const CloseDealModal = ({ pending, onConfirm, onCancel }: CloseDealModalProps) => {
  const { t } = useTranslation();
  const title = pending
    ? t(pending.stage.kind === 'lost' ? 'board.close.lostTitle' : 'board.close.wonTitle', { name: pending.deal.name })
    : '';
  return (
    <Modal opened={pending !== null} onClose={onCancel} title={title} centered data-testid="close-deal-modal">
      {pending ? (
        <CloseDealForm
          key={`${pending.deal.id}:${pending.stage.id}`}
          pending={pending}
          onConfirm={onConfirm}
          onCancel={onCancel}
        />
      ) : null}
    </Modal>
  );
};
