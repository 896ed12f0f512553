import {
  Button,
  Checkbox,
  Input,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type CreateGoalInput,
  goalBaselines,
  goalKinds,
  goalPacings,
  goalPeriodKindSchema,
  localDateOf,
  type MetricDefinition,
  metricCatalog,
} from '@pacer/core';
import { IconTarget } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DialogButtons } from '../../components/feedback';
import { useSaveMutation } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { metricCatalogQuery } from '../leaderboard/leaderboard-api';
import {
  type GoalValues,
  initialGoalValues,
  parseGoalInput,
  scopesWithProductLine,
  validateGoal,
} from './goal-form-values';
import { GoalScopeFields } from './goal-scope-fields';
import { goalsApi } from './goals-api';

const scopeFilters = { region: 'region', product_line: 'product_line', account_set: 'account_set' } as const;

/** Whether a metric can be counted for a scope (a region needs facts at accounts with a region, say). */
const fits = (metric: MetricDefinition, values: GoalValues): boolean => {
  const filter = scopeFilters[values.scopeKind as keyof typeof scopeFilters];
  if (filter && !metric.filters.includes(filter)) return false;
  const narrowed = Boolean(values.productLineId) && scopesWithProductLine.includes(values.scopeKind);
  return !narrowed || metric.filters.includes('product_line');
};

const GoalForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation();
  const { org } = useSession();
  const catalog = useQuery(metricCatalogQuery);
  const form = useForm<GoalValues, CreateGoalInput>({
    mode: 'controlled',
    initialValues: initialGoalValues(localDateOf(new Date(), org.timeZone)),
    validate: (values) => {
      const errors = validateGoal(values, t);
      const chosen = values.metric ? metricCatalog[values.metric] : undefined;
      if (chosen && !fits(chosen, values) && !errors.metric) errors.metric = t('goals.form.errors.metricScope');
      return errors;
    },
    transformValues: parseGoalInput,
  });
  const save = useSaveMutation({
    form,
    save: goalsApi.create,
    savedMessage: (saved) => t('goals.form.created', { name: saved.name }),
    refresh: [['goals']],
    onDone,
  });
  const { values } = form;
  const metric = catalog.data?.find((candidate) => candidate.key === values.metric);
  const unit = metric?.unit === 'money' ? org.currency : metric?.unit === 'percent' ? '%' : undefined;
  const metricOptions = (catalog.data ?? [])
    .filter((candidate) => !candidate.internal)
    .map((candidate) => ({
      value: candidate.key,
      label: t(`leaderboard.metrics.${candidate.key}`),
      disabled: !fits(candidate, values),
    }));

  return (
    <form onSubmit={form.onSubmit((input) => save.mutate(input))} noValidate data-testid="goal-form">
      <Stack gap="md">
        <TextInput
          label={t('goals.form.name')}
          placeholder={t('goals.form.namePlaceholder')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Input.Wrapper label={t('goals.form.kind')}>
          <SegmentedControl
            fullWidth
            aria-label={t('goals.form.kind')}
            data={goalKinds.map((kind) => ({ value: kind, label: t(`goals.kinds.${kind}`) }))}
            {...form.getInputProps('kind')}
            data-testid="goal-kind"
          />
        </Input.Wrapper>
        <Select
          label={t('goals.form.metric')}
          data={metricOptions}
          searchable
          required
          allowDeselect={false}
          {...form.getInputProps('metric')}
          data-testid="goal-metric"
        />
        <GoalScopeFields form={form} />
        <SimpleGrid cols={{ base: 1, xs: values.periodKind === 'custom' ? 3 : 2 }}>
          <Select
            label={t('goals.form.period')}
            data={goalPeriodKindSchema.options.map((kind) => ({ value: kind, label: t(`goals.periodKinds.${kind}`) }))}
            allowDeselect={false}
            {...form.getInputProps('periodKind')}
            data-testid="goal-period-kind"
          />
          <TextInput
            type="date"
            label={t('goals.form.startsOn')}
            description={values.periodKind === 'custom' ? undefined : t('goals.form.startsOnHint')}
            required
            {...form.getInputProps('startsOn')}
          />
          {values.periodKind === 'custom' ? (
            <TextInput type="date" label={t('goals.form.endsOn')} required {...form.getInputProps('endsOn')} />
          ) : null}
        </SimpleGrid>
        <Input.Wrapper label={t('goals.form.targetType')}>
          <SegmentedControl
            fullWidth
            aria-label={t('goals.form.targetType')}
            data={[
              { value: 'absolute', label: t('goals.form.absolute') },
              { value: 'relative', label: t('goals.form.relative') },
            ]}
            {...form.getInputProps('targetType')}
            data-testid="goal-target-type"
          />
        </Input.Wrapper>
        {values.targetType === 'absolute' ? (
          <TextInput
            label={t('goals.form.target')}
            inputMode="decimal"
            required
            rightSection={unit}
            rightSectionWidth={unit ? 48 : undefined}
            {...form.getInputProps('target')}
            data-testid="goal-target"
          />
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('goals.form.baseline')}
              data={goalBaselines.map((baseline) => ({
                value: baseline,
                label: t(`goals.form.baselines.${baseline}`),
              }))}
              allowDeselect={false}
              {...form.getInputProps('baseline')}
            />
            <TextInput
              label={t('goals.form.uplift')}
              description={t('goals.form.upliftHint')}
              inputMode="decimal"
              required
              {...form.getInputProps('upliftPercent')}
            />
          </SimpleGrid>
        )}
        {values.targetType === 'absolute' && values.periodKind !== 'custom' ? (
          <Checkbox
            label={t('goals.form.repeats')}
            description={t('goals.form.repeatsHint')}
            {...form.getInputProps('repeats', { type: 'checkbox' })}
            data-testid="goal-repeats"
          />
        ) : null}
        <Input.Wrapper label={t('goals.form.pacing')} description={t('goals.form.pacingHint')}>
          <SegmentedControl
            fullWidth
            mt={4}
            aria-label={t('goals.form.pacing')}
            data={goalPacings.map((pacing) => ({ value: pacing, label: t(`goals.form.pacings.${pacing}`) }))}
            {...form.getInputProps('pacing')}
          />
        </Input.Wrapper>
        <Textarea label={t('goals.form.note')} autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('goals.form.rewardText')}
            placeholder={t('goals.form.rewardPlaceholder')}
            {...form.getInputProps('rewardText')}
          />
          <TextInput
            label={t('goals.form.rewardAmount')}
            inputMode="decimal"
            rightSection={org.currency}
            rightSectionWidth={48}
            {...form.getInputProps('rewardAmount')}
          />
        </SimpleGrid>
        <DialogButtons mt="sm" cancelLabel={t('actions.cancel')} onCancel={onDone}>
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconTarget size={18} />}
            data-testid="goal-form-submit"
          >
            {t('goals.form.submit')}
          </Button>
        </DialogButtons>
      </Stack>
    </form>
  );
};

/** Set a new goal, quota or milestone: metric, scope, period, and an absolute or relative target. */
export const GoalFormModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('goals.form.title')} size="lg">
      {opened ? <GoalForm onDone={onClose} /> : null}
    </Modal>
  );
};
