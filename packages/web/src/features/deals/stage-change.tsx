import { Modal, Select, Text, TextInput } from '@mantine/core';
import { type Deal, moveDealStageSchema } from '@pacer/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput, today } from '../../components/date-inputs';
import { ModalForm } from '../../components/form-modal';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { MemberPicker } from '../people/member-picker';
import { findStage, pipelinesQuery, stageOptions } from '../pipelines/pipelines-api';
import { refreshRecords } from '../records/record-api';
import { BulkActionPopover, type BulkContext } from '../records/record-bulk-bar';
import { dealsApi } from './deals-api';

interface StageValues extends Record<string, unknown> {
  stageId: string | null;
  lostReason: string;
  competitor: string;
  closedOn: string | null;
  ownerId: string | null;
}

const StageForm = ({ deal, onDone }: { deal: Deal; onDone: () => void }) => {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const pipelines = useQuery(pipelinesQuery);
  const form = useSchemaForm({
    schema: moveDealStageSchema,
    initialValues: {
      stageId: deal.stageId,
      lostReason: deal.lostReason ?? '',
      competitor: deal.competitor ?? '',
      closedOn: today(),
      ownerId: null,
    } as StageValues,
    toInput: (values) => {
      const kind = findStage(pipelines.data ?? [], values.stageId)?.kind ?? 'open';
      return {
        stageId: values.stageId ?? '',
        lostReason: kind === 'lost' ? values.lostReason : undefined,
        competitor: kind === 'lost' ? values.competitor : undefined,
        closedOn: kind === 'open' ? undefined : (values.closedOn ?? undefined),
        ownerId: values.ownerId ?? undefined,
      };
    },
  });
  const target = findStage(pipelines.data ?? [], form.values.stageId);
  const save = useSaveMutation({
    form,
    save: (input: Parameters<typeof dealsApi.moveStage>[1]) => dealsApi.moveStage(deal.id, input),
    savedMessage: (moved) => t('deals.stage.moved', { name: moved.name, stage: moved.stageName }),
    refresh: [],
    onDone: () => {
      void refreshRecords(queryClient, 'deals', 'accounts');
      onDone();
    },
  });
  const assemblyLine = session.org.salesModel === 'assembly_line';

  return (
    <ModalForm
      onSubmit={form.onSubmit((values) => {
        // A lost deal needs its reason: asked here before the server has to refuse.
        if (target?.kind === 'lost' && !form.getValues().lostReason.trim()) {
          form.setFieldError('lostReason', t('validation.required'));
          return;
        }
        save.mutate(values);
      })}
      cancelLabel={t('actions.cancel')}
      submitLabel={t('deals.stage.move')}
      submitIcon={<IconArrowsExchange size={18} />}
      loading={save.isPending}
      onCancel={onDone}
    >
      <Select
        label={t('deals.stage.to')}
        data={stageOptions(pipelines.data ?? [], deal.pipelineId)}
        allowDeselect={false}
        searchable
        data-autofocus
        {...form.getInputProps('stageId')}
        data-testid="stage-select"
      />
      {target?.kind === 'lost' ? (
        <>
          <TextInput
            label={t('deals.stage.lostReason')}
            placeholder={t('deals.stage.lostReasonPlaceholder')}
            required
            {...form.getInputProps('lostReason')}
          />
          <TextInput label={t('deals.stage.competitor')} {...form.getInputProps('competitor')} />
        </>
      ) : null}
      {target && target.kind !== 'open' ? (
        <DayInput label={t('deals.stage.closedOn')} clearable={false} {...form.getInputProps('closedOn')} />
      ) : null}
      {assemblyLine && target?.ownerRole ? (
        <MemberPicker
          label={t('deals.stage.handTo')}
          description={t('deals.stage.handToHint')}
          value={form.values.ownerId}
          onChange={(id) => form.setFieldValue('ownerId', id)}
        />
      ) : null}
    </ModalForm>
  );
};

/** Move a deal to another stage: a lost one asks why, won and lost take the close date. */
export const StageChangeModal = ({ deal, onClose }: { deal: Deal | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal opened={deal !== null} onClose={onClose} title={t('deals.stage.title', { name: deal?.name ?? '' })}>
      {deal ? <StageForm key={deal.stageId} deal={deal} onDone={onClose} /> : null}
    </Modal>
  );
};

/** The bulk action of the deal list: move every selected deal to one stage. */
export const BulkStageButton = ({ ids, run, pending }: BulkContext) => {
  const { t } = useTranslation();
  const pipelines = useQuery(pipelinesQuery);
  const [stageId, setStageId] = useState<string | null>(null);
  const [lostReason, setLostReason] = useState('');
  const stage = findStage(pipelines.data ?? [], stageId);
  return (
    <BulkActionPopover
      label={t('deals.stage.change')}
      icon={<IconArrowsExchange size={16} />}
      ready={Boolean(stageId && (stage?.kind !== 'lost' || lostReason.trim()))}
      pending={pending}
      onApply={() => {
        if (!stageId) return;
        run({
          action: 'change_stage',
          ids,
          stageId,
          ...(lostReason.trim() ? { lostReason: lostReason.trim() } : {}),
        });
      }}
    >
      <Select
        label={t('deals.stage.to')}
        data={stageOptions(pipelines.data ?? [])}
        value={stageId}
        onChange={setStageId}
        searchable
        comboboxProps={{ withinPortal: false }}
      />
      {stage?.kind === 'lost' ? (
        <TextInput
          label={t('deals.stage.lostReason')}
          value={lostReason}
          onChange={(event) => setLostReason(event.currentTarget.value)}
          required
        />
      ) : null}
      {stage ? (
        <Text size="xs" c="dimmed">
          {ids.length} → {stage.name}
        </Text>
      ) : null}
    </BulkActionPopover>
  );
};
