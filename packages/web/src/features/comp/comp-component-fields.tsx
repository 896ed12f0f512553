import {
  ActionIcon,
  Badge,
  Card,
  Checkbox,
  Group,
  Input,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { namedOptions } from '../../lib/format';
import { useProductLineOptions } from '../products/products-api';
import { compGoalsQuery, compProductsQuery } from './comp-api';
import type { ComponentValues, PlanForm } from './comp-builder-values';
import { CommissionFields, ProductLineFields } from './comp-commission-fields';

interface FieldsProps {
  form: PlanForm;
  index: number;
  component: ComponentValues;
  currency: string;
}

/** SPIFF: a fixed amount per unit or per deal of a product (or a product line) won in a window of days. */
const SpiffFields = ({ form, index, component, currency }: FieldsProps) => {
  const { t } = useTranslation();
  const products = useQuery(compProductsQuery);
  const lineOptions = useProductLineOptions();
  const path = `terms.components.${index}`;
  const pickError = form.errors[`${path}.productId`] ?? form.errors[`${path}.productLineId`];
  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('comp.builder.spiffTarget')}
          data={[
            { value: 'product', label: t('comp.builder.product') },
            { value: 'line', label: t('comp.builder.productLine') },
          ]}
          {...form.getInputProps(`${path}.spiffTarget`)}
        />
        <Select
          style={{ flex: '1 1 12rem' }}
          label={component.spiffTarget === 'product' ? t('comp.builder.product') : t('comp.builder.productLine')}
          data={component.spiffTarget === 'product' ? namedOptions(products.data) : lineOptions}
          searchable
          required
          {...form.getInputProps(`${path}.${component.spiffTarget === 'product' ? 'productId' : 'productLineId'}`)}
          error={pickError}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Input.Wrapper label={t('comp.builder.per')}>
          <SegmentedControl
            fullWidth
            aria-label={t('comp.builder.per')}
            data={[
              { value: 'unit', label: t('comp.builder.perUnit') },
              { value: 'deal', label: t('comp.builder.perDeal') },
            ]}
            {...form.getInputProps(`${path}.per`)}
          />
        </Input.Wrapper>
        <TextInput
          label={t('comp.builder.amount')}
          inputMode="decimal"
          required
          rightSection={currency}
          rightSectionWidth={48}
          {...form.getInputProps(`${path}.amount`)}
        />
        <TextInput
          type="date"
          label={t('comp.builder.startsOn')}
          required
          {...form.getInputProps(`${path}.startsOn`)}
        />
        <TextInput type="date" label={t('comp.builder.endsOn')} required {...form.getInputProps(`${path}.endsOn`)} />
      </SimpleGrid>
    </Stack>
  );
};

/** Goal bonus: paid when a goal or milestone is achieved; a fixed amount or a percent of the base salary. */
const GoalBonusFields = ({ form, index, component, currency }: FieldsProps) => {
  const { t } = useTranslation();
  const goals = useQuery(compGoalsQuery);
  const path = `terms.components.${index}`;
  const fixed = component.bonusType === 'fixed';
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <Select
        label={t('comp.builder.goal')}
        data={namedOptions(goals.data)}
        searchable
        required
        {...form.getInputProps(`${path}.goalId`)}
      />
      <Input.Wrapper label={t('comp.builder.bonusType')}>
        <SegmentedControl
          fullWidth
          aria-label={t('comp.builder.bonusType')}
          data={[
            { value: 'fixed', label: t('comp.builder.fixedAmount') },
            { value: 'percent', label: t('comp.builder.percentOfBase') },
          ]}
          {...form.getInputProps(`${path}.bonusType`)}
        />
      </Input.Wrapper>
      <TextInput
        label={fixed ? t('comp.builder.amount') : t('comp.builder.percentOfBase')}
        inputMode="decimal"
        required
        rightSection={fixed ? currency : '%'}
        rightSectionWidth={48}
        {...form.getInputProps(`${path}.${fixed ? 'amount' : 'percentOfBase'}`)}
        error={form.errors[`${path}.amount`] ?? form.errors[`${path}.percentOfBase`]}
      />
    </SimpleGrid>
  );
};

/** Cap, draw or clawback: a few plain fields each. */
const PeriodFields = ({ form, index, component, currency }: FieldsProps) => {
  const { t } = useTranslation();
  const path = `terms.components.${index}`;
  const money = { inputMode: 'decimal' as const, rightSection: currency, rightSectionWidth: 48 };
  if (component.kind === 'cap') {
    return (
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('comp.builder.capPeriod')} {...money} {...form.getInputProps(`${path}.perPeriod`)} />
        <TextInput label={t('comp.builder.capDeal')} {...money} {...form.getInputProps(`${path}.perDeal`)} />
      </SimpleGrid>
    );
  }
  if (component.kind === 'draw') {
    return (
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('comp.builder.drawAmount')} required {...money} {...form.getInputProps(`${path}.amount`)} />
        <Checkbox
          mt={{ base: 0, xs: 30 }}
          label={t('comp.builder.recoverable')}
          {...form.getInputProps(`${path}.recoverable`, { type: 'checkbox' })}
        />
      </SimpleGrid>
    );
  }
  return (
    <TextInput
      label={t('comp.builder.windowDays')}
      description={t('comp.builder.windowDaysHint')}
      inputMode="numeric"
      required
      maw={260}
      {...form.getInputProps(`${path}.windowDays`)}
    />
  );
};

/** One component of the plan being built: its kind, an optional name, its fields, and a way to remove it. */
export const ComponentEditor = ({ form, index, component, currency }: FieldsProps) => {
  const { t } = useTranslation();
  const path = `terms.components.${index}`;
  const props = { form, index, component, currency };
  return (
    <Card withBorder p="md" data-testid="comp-builder-component" data-kind={component.kind}>
      <Stack gap="sm">
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Badge variant="light" size="lg">
            {t(`comp.terms.kinds.${component.kind}`)}
          </Badge>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('comp.builder.removeComponent', { kind: t(`comp.terms.kinds.${component.kind}`) })}
            onClick={() => form.removeListItem('terms.components', index)}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
        <TextInput
          label={t('comp.builder.componentName')}
          placeholder={t('comp.builder.componentNamePlaceholder')}
          {...form.getInputProps(`${path}.name`)}
          error={form.errors[`${path}.name`] ?? form.errors[`${path}.kind`] ?? form.errors[`${path}.id`]}
        />
        {component.kind === 'commission' ? <CommissionFields {...props} /> : null}
        {component.kind === 'product_line' ? <ProductLineFields {...props} /> : null}
        {component.kind === 'spiff' ? <SpiffFields {...props} /> : null}
        {component.kind === 'goal_bonus' ? <GoalBonusFields {...props} /> : null}
        {['cap', 'draw', 'clawback'].includes(component.kind) ? <PeriodFields {...props} /> : null}
      </Stack>
    </Card>
  );
};
