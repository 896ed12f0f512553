import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { namedOptions } from '../../lib/format';
import { FieldPair } from '../records/record-form';
import { defaultPipeline, pipelinesQuery } from './pipelines-api';

// biome-ignore lint/suspicious/noExplicitAny: the inputs only touch `pipelineId` and `stageId`
type PipelineForm = UseFormReturnType<any, any>;

/**
 * Where a new deal starts: its pipeline (the default one unless another is picked) and its stage
 * (the pipeline's first unless another is picked), bound to `pipelineId` and `stageId`.
 */
export const PipelineStageInputs = ({
  form,
  openStagesOnly = false,
  errors = {},
}: {
  form: PipelineForm;
  /** Offer only open stages (a new deal from a lead cannot start won or lost). */
  openStagesOnly?: boolean;
  /** Errors the server reports under other paths (`deal.stageId`, say). */
  errors?: { pipelineId?: ReactNode; stageId?: ReactNode };
}) => {
  const { t } = useTranslation();
  const pipelines = useQuery(pipelinesQuery);
  const pipelineId = (form.values.pipelineId as string | null) ?? defaultPipeline(pipelines.data ?? [])?.id ?? null;
  const pipeline = pipelines.data?.find((candidate) => candidate.id === pipelineId);
  const stages = (pipeline?.stages ?? []).filter((stage) => !openStagesOnly || stage.kind === 'open');
  return (
    <FieldPair>
      <Select
        label={t('deals.fields.pipeline')}
        data={namedOptions(pipelines.data)}
        value={pipelineId}
        onChange={(id) => {
          form.setFieldValue('pipelineId', id);
          form.setFieldValue('stageId', null);
        }}
        allowDeselect={false}
        error={errors.pipelineId}
      />
      <Select
        label={t('deals.fields.stage')}
        data={stages.map((stage) => ({ value: stage.id, label: `${stage.name} · ${stage.probability} %` }))}
        placeholder={pipeline?.stages[0]?.name}
        {...form.getInputProps('stageId')}
        {...(errors.stageId ? { error: errors.stageId } : {})}
      />
    </FieldPair>
  );
};
