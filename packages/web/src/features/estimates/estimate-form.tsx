import { Select, Textarea, TextInput } from '@mantine/core';
import { createEstimateSchema, type Estimate, type EstimateStatus } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { DayInput, today } from '../../components/date-inputs';
import { CurrencySelect } from '../../components/regional-selects';
import { useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { useProductLineOptions } from '../products/products-api';
import { FieldPair, FormSection, OwnerInput, RecordFormLayout, useRecordSave } from '../records/record-form';
import { RecordPicker } from '../records/record-picker';
import { estimateStatusOptions } from '../records/vocab';

interface EstimateValues extends Record<string, unknown> {
  number: string;
  accountId: string | null;
  dealId: string | null;
  productLineId: string | null;
  amount: string;
  currency: string | null;
  status: EstimateStatus;
  estimateDate: string | null;
  notes: string;
  ownerId: string | null;
}

/** Record an estimate sent to an account for a product line, or change one. */
export const EstimateForm = ({
  estimate,
  defaults = {},
  onDone,
  onCancel,
}: {
  estimate: Estimate | null;
  defaults?: { accountId?: string; accountName?: string; dealId?: string; dealName?: string };
  onDone: (saved: Estimate) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const session = useSession();
  const productLines = useProductLineOptions();
  const form = useSchemaForm({
    schema: createEstimateSchema,
    initialValues: {
      number: estimate?.number ?? '',
      accountId: estimate?.accountId ?? defaults.accountId ?? null,
      dealId: estimate?.dealId ?? defaults.dealId ?? null,
      productLineId: estimate?.productLineId ?? null,
      amount: estimate?.amount ?? '',
      currency: estimate?.currency ?? session.org.currency,
      status: estimate?.status ?? 'draft',
      estimateDate: estimate?.estimateDate ?? today(),
      notes: estimate?.notes ?? '',
      ownerId: estimate?.ownerId ?? null,
    } as EstimateValues,
    toInput: (values) => ({
      number: values.number,
      accountId: values.accountId ?? '',
      dealId: values.dealId,
      productLineId: values.productLineId ?? '',
      amount: values.amount,
      currency: values.currency ?? undefined,
      status: values.status,
      estimateDate: values.estimateDate ?? undefined,
      notes: values.notes,
      ownerId: values.ownerId ?? undefined,
    }),
  });
  const save = useRecordSave<Estimate>({
    type: 'estimates',
    id: estimate?.id,
    form,
    alsoRefresh: ['accounts'],
    savedMessage: () => t(estimate ? 'estimates.form.saved' : 'estimates.form.created'),
    onSaved: onDone,
  });

  return (
    <RecordFormLayout
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      onCancel={onCancel}
      submitLabel={t(estimate ? 'actions.saveChanges' : 'estimates.form.create')}
      loading={save.isPending}
    >
      <FormSection>
        <RecordPicker
          type="accounts"
          label={t('records.fields.account')}
          required
          value={form.values.accountId}
          selectedName={estimate?.accountName ?? defaults.accountName}
          onChange={(id) => {
            form.setFieldValue('accountId', id);
            form.setFieldValue('dealId', null);
          }}
          error={form.errors.accountId}
        />
        <RecordPicker
          type="deals"
          label={t('records.fields.deal')}
          placeholder={t('estimates.fields.dealPlaceholder')}
          value={form.values.dealId}
          selectedName={estimate?.dealName ?? defaults.dealName}
          filters={form.values.accountId ? { accountId: form.values.accountId } : undefined}
          onChange={(id) => form.setFieldValue('dealId', id)}
          error={form.errors.dealId}
        />
        <Select
          label={t('records.fields.productLine')}
          required
          data={productLines}
          searchable
          {...form.getInputProps('productLineId')}
        />
        <FieldPair>
          <TextInput
            label={t('estimates.fields.number')}
            placeholder={t('estimates.fields.numberPlaceholder')}
            {...form.getInputProps('number')}
          />
          <DayInput
            label={t('estimates.fields.estimateDate')}
            clearable={false}
            {...form.getInputProps('estimateDate')}
          />
        </FieldPair>
        <FieldPair>
          <TextInput
            label={t('records.fields.amount')}
            required
            inputMode="decimal"
            placeholder="0.00"
            {...form.getInputProps('amount')}
          />
          <CurrencySelect
            label={t('records.fields.currency')}
            allowDeselect={false}
            {...form.getInputProps('currency')}
          />
        </FieldPair>
        <Select
          label={t('estimates.fields.status')}
          data={estimateStatusOptions(t)}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        <Textarea label={t('records.fields.notes')} autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
        <OwnerInput form={form} ownerName={estimate?.ownerName} />
      </FormSection>
    </RecordFormLayout>
  );
};
