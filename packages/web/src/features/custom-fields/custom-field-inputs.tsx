import { NumberInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CustomField, CustomizableRecordType, CustomValues } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/date-inputs';
import { formatDay, formatDecimal } from '../../lib/format';
import type { FieldRow } from '../records/record-details';
import { FormSection } from '../records/record-form';
import { customFieldsQuery } from './custom-fields-api';

// Any form with a `custom` object of values by field key.
// biome-ignore lint/suspicious/noExplicitAny: the inputs only touch `custom.*`, whatever the rest of the form holds
type FormWithCustom = UseFormReturnType<any, any>;

const CustomFieldInput = ({ field, form }: { field: CustomField; form: FormWithCustom }) => {
  const path = `custom.${field.key}`;
  const value = (form.values.custom as CustomValues | undefined)?.[field.key] ?? null;
  const error = form.errors[path];
  const set = (next: CustomValues[string]) => form.setFieldValue(path, next);
  switch (field.type) {
    case 'text':
      return (
        <TextInput
          label={field.label}
          value={String(value ?? '')}
          error={error}
          onChange={(event) => set(event.currentTarget.value)}
        />
      );
    case 'number':
      return (
        <NumberInput
          label={field.label}
          value={typeof value === 'number' ? value : ''}
          error={error}
          onChange={(next) => set(typeof next === 'number' ? next : null)}
        />
      );
    case 'date':
      return (
        <DayInput label={field.label} value={typeof value === 'string' ? value : null} error={error} onChange={set} />
      );
    case 'boolean':
      return (
        <Switch
          label={field.label}
          checked={value === true}
          error={error}
          onChange={(event) => set(event.currentTarget.checked)}
          mt="lg"
        />
      );
    case 'select':
      return (
        <Select
          label={field.label}
          data={field.options}
          value={typeof value === 'string' ? value : null}
          error={error}
          onChange={(next) => set(next)}
          clearable
        />
      );
  }
};

/** The org's own fields of a record type, as inputs bound to the form's `custom` values. */
export const CustomFieldInputs = ({
  recordType,
  form,
}: {
  recordType: CustomizableRecordType;
  form: FormWithCustom;
}) => {
  const { t } = useTranslation();
  const fields = useQuery(customFieldsQuery(recordType));
  if (!fields.data || fields.data.length === 0) return null;
  return (
    <FormSection title={t('records.page.customFields')}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md" data-testid="custom-field-inputs">
        {fields.data.map((field) => (
          <CustomFieldInput key={field.id} field={field} form={form} />
        ))}
      </SimpleGrid>
    </FormSection>
  );
};

/** The custom values of a record as rows of its details, in the fields' order. */
export const useCustomFieldRows = (recordType: CustomizableRecordType, values: CustomValues): FieldRow[] => {
  const { t } = useTranslation();
  const fields = useQuery(customFieldsQuery(recordType));
  return (fields.data ?? []).map((field) => {
    const value = values[field.key];
    const shown =
      value === null || value === undefined
        ? null
        : field.type === 'boolean'
          ? value === true
            ? t('records.list.yes')
            : t('records.list.no')
          : field.type === 'date'
            ? formatDay(String(value))
            : field.type === 'number'
              ? formatDecimal(value as number)
              : String(value);
    return { label: field.label, value: shown };
  });
};
