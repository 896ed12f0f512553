import {
  ActionIcon,
  Button,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { compTierModes, productLinePriorities } from '@pacer/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useProductLineOptions } from '../products/products-api';
import { type ComponentValues, newRule, newTier, type PlanForm } from './comp-builder-values';

interface FieldsProps {
  form: PlanForm;
  index: number;
  component: ComponentValues;
}

/** A tiered commission's tiers: each from an attainment of quota on, at a rate. */
const TierRows = ({ form, index, component }: FieldsProps) => {
  const { t } = useTranslation();
  const path = `terms.components.${index}.tiers`;
  return (
    <Stack gap="xs" data-testid="comp-tiers">
      {component.tiers.map((tier, tierIndex) => (
        <Group key={tier.key} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('comp.builder.tierFrom', { tier: tierIndex + 1 })}
            inputMode="decimal"
            rightSection="%"
            {...form.getInputProps(`${path}.${tierIndex}.fromPercent`)}
          />
          <TextInput
            style={{ flex: 1 }}
            label={t('comp.builder.tierRate', { tier: tierIndex + 1 })}
            inputMode="decimal"
            rightSection="%"
            {...form.getInputProps(`${path}.${tierIndex}.ratePercent`)}
          />
          <ActionIcon
            mt={28}
            variant="subtle"
            color="gray"
            disabled={component.tiers.length === 1}
            aria-label={t('comp.builder.removeTier', { tier: tierIndex + 1 })}
            onClick={() => form.removeListItem(path, tierIndex)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {form.errors[path] ? (
        <Text size="xs" c="red">
          {form.errors[path]}
        </Text>
      ) : null}
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem(path, newTier())}
        style={{ alignSelf: 'flex-start' }}
        data-testid="comp-add-tier"
      >
        {t('comp.builder.addTier')}
      </Button>
    </Stack>
  );
};

/** Commission: a flat rate on credited value, or tiers by quota attainment (marginal or retroactive). */
export const CommissionFields = ({ form, index, component }: FieldsProps) => {
  const { t } = useTranslation();
  const path = `terms.components.${index}`;
  const tiered = component.rateType === 'tiered';
  return (
    <Stack gap="sm">
      <Input.Wrapper label={t('comp.builder.rateType')}>
        <SegmentedControl
          fullWidth
          aria-label={t('comp.builder.rateType')}
          data={[
            { value: 'flat', label: t('comp.builder.flat') },
            { value: 'tiered', label: t('comp.builder.tiered') },
          ]}
          {...form.getInputProps(`${path}.rateType`)}
        />
      </Input.Wrapper>
      {tiered ? (
        <>
          <Input.Wrapper label={t('comp.builder.tierMode')} error={form.errors[`${path}.ratePercent`]}>
            <SegmentedControl
              fullWidth
              aria-label={t('comp.builder.tierMode')}
              data={compTierModes.map((mode) => ({ value: mode, label: t(`comp.builder.modes.${mode}`) }))}
              {...form.getInputProps(`${path}.tierMode`)}
            />
          </Input.Wrapper>
          <Text size="xs" c="dimmed">
            {t(`comp.terms.modes.${component.tierMode}`)}
          </Text>
          <TierRows form={form} index={index} component={component} />
        </>
      ) : (
        <TextInput
          label={t('comp.builder.ratePercent')}
          inputMode="decimal"
          rightSection="%"
          required
          {...form.getInputProps(`${path}.ratePercent`)}
        />
      )}
      <Switch
        label={t('comp.builder.overlay')}
        description={t('comp.builder.overlayHint')}
        {...form.getInputProps(`${path}.overlay`, { type: 'checkbox' })}
        data-testid="comp-overlay"
      />
    </Stack>
  );
};

/** Product-line rules: a line (or every line of a priority) pays another rate, or the rate times a multiplier. */
export const ProductLineFields = ({ form, index, component }: FieldsProps) => {
  const { t } = useTranslation();
  const lineOptions = useProductLineOptions();
  const path = `terms.components.${index}.rules`;
  return (
    <Stack gap="sm">
      {component.rules.map((rule, ruleIndex) => {
        const at = `${path}.${ruleIndex}`;
        return (
          <Stack key={rule.key} gap={4} data-testid="comp-rule">
            <Group gap="xs" align="flex-end" wrap="wrap">
              <SegmentedControl
                aria-label={t('comp.builder.ruleMatch')}
                data={[
                  { value: 'priority', label: t('comp.builder.byPriority') },
                  { value: 'line', label: t('comp.builder.byLine') },
                ]}
                {...form.getInputProps(`${at}.match`)}
              />
              {rule.match === 'line' ? (
                <Select
                  style={{ flex: '1 1 10rem' }}
                  label={t('comp.builder.productLine')}
                  data={lineOptions}
                  searchable
                  {...form.getInputProps(`${at}.productLineId`)}
                />
              ) : (
                <Select
                  style={{ flex: '1 1 10rem' }}
                  label={t('comp.builder.priority')}
                  data={productLinePriorities.map((p) => ({ value: p, label: t(`records.vocab.priority.${p}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps(`${at}.priority`)}
                />
              )}
            </Group>
            <Group gap="xs" align="flex-end" wrap="wrap">
              <SegmentedControl
                aria-label={t('comp.builder.ruleEffect')}
                data={[
                  { value: 'multiplier', label: t('comp.builder.multiplier') },
                  { value: 'rate', label: t('comp.builder.rateInstead') },
                ]}
                {...form.getInputProps(`${at}.effect`)}
              />
              {/* The value and the remove button stay together when the row wraps on a phone. */}
              <Group gap="xs" align="center" wrap="nowrap" style={{ flex: '1 1 9rem' }}>
                <TextInput
                  style={{ flex: 1 }}
                  aria-label={rule.effect === 'rate' ? t('comp.builder.rateInstead') : t('comp.builder.multiplier')}
                  inputMode="decimal"
                  placeholder={rule.effect === 'rate' ? '7.5' : '1.5'}
                  rightSection={rule.effect === 'rate' ? '%' : '×'}
                  {...form.getInputProps(`${at}.${rule.effect === 'rate' ? 'ratePercent' : 'multiplier'}`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={component.rules.length === 1}
                  aria-label={t('comp.builder.removeRule')}
                  onClick={() => form.removeListItem(path, ruleIndex)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
            {form.errors[at] ? (
              <Text size="xs" c="red">
                {form.errors[at]}
              </Text>
            ) : null}
          </Stack>
        );
      })}
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem(path, newRule())}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('comp.builder.addRule')}
      </Button>
    </Stack>
  );
};
