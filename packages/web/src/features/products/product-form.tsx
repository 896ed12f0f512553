import { Group, Paper, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { createProductSchema, type Product } from '@pacer/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CurrencySelect } from '../../components/regional-selects';
import { AddRowButton, RemoveRowButton } from '../../components/row-buttons';
import { useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { FieldPair, FormSection, RecordFormLayout, useRecordSave } from '../records/record-form';
import { useProductLineOptions } from './products-api';

interface ProductValues extends Record<string, unknown> {
  name: string;
  sku: string;
  productLineId: string | null;
  listPrice: string;
  currency: string | null;
  description: string;
  differentiators: string[];
  competitorProducts: { competitor: string; product: string; notes: string }[];
}

/** Admins: add a product to the catalog or change one, with what sets it apart from competitors. */
export const ProductForm = ({
  product,
  onDone,
  onCancel,
}: {
  product: Product | null;
  onDone: (saved: Product) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const productLines = useProductLineOptions();
  const form = useSchemaForm({
    schema: createProductSchema,
    initialValues: {
      name: product?.name ?? '',
      sku: product?.sku ?? '',
      productLineId: product?.productLineId ?? null,
      listPrice: product?.listPrice ?? '',
      currency: product?.currency ?? session.org.currency,
      description: product?.description ?? '',
      differentiators: product?.differentiators ?? [],
      competitorProducts:
        product?.competitorProducts.map((entry) => ({
          competitor: entry.competitor,
          product: entry.product ?? '',
          notes: entry.notes ?? '',
        })) ?? [],
    } as ProductValues,
    toInput: (values) => ({
      ...values,
      currency: values.currency ?? undefined,
      differentiators: values.differentiators.filter((text) => text.trim() !== ''),
      competitorProducts: values.competitorProducts.filter((entry) => entry.competitor.trim() !== ''),
    }),
  });
  const save = useRecordSave<Product>({
    type: 'products',
    id: product?.id,
    form,
    savedMessage: (saved) => t(product ? 'products.form.saved' : 'products.form.created', { name: saved.name }),
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['product-lines'] });
      onDone(saved);
    },
  });
  const differentiators = form.values.differentiators;
  const competitors = form.values.competitorProducts;

  return (
    <RecordFormLayout
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      onCancel={onCancel}
      submitLabel={t(product ? 'actions.saveChanges' : 'products.form.create')}
      loading={save.isPending}
    >
      <FormSection>
        <TextInput label={t('records.fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <FieldPair>
          <TextInput label={t('products.fields.sku')} {...form.getInputProps('sku')} />
          <Select
            label={t('records.fields.productLine')}
            placeholder={t('products.fields.noLine')}
            data={productLines}
            clearable
            {...form.getInputProps('productLineId')}
          />
        </FieldPair>
        <FieldPair>
          <TextInput
            label={t('products.fields.listPrice')}
            required
            inputMode="decimal"
            placeholder="0.00"
            {...form.getInputProps('listPrice')}
          />
          <CurrencySelect
            label={t('records.fields.currency')}
            allowDeselect={false}
            {...form.getInputProps('currency')}
          />
        </FieldPair>
        <Textarea
          label={t('products.fields.description')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('description')}
        />
      </FormSection>
      <FormSection title={t('products.fields.differentiators')}>
        {differentiators.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={t('products.fields.differentiators')}
              placeholder={t('products.fields.differentiatorPlaceholder')}
              style={{ flex: 1 }}
              {...form.getInputProps(`differentiators.${index}`)}
            />
            <RemoveRowButton
              size="input-sm"
              label={t('actions.remove')}
              onClick={() => form.removeListItem('differentiators', index)}
            />
          </Group>
        ))}
        <AddRowButton
          label={t('products.fields.addDifferentiator')}
          onClick={() => form.insertListItem('differentiators', '')}
        />
      </FormSection>
      <FormSection title={t('products.fields.competitors')}>
        {competitors.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
          <Paper key={index} withBorder p="sm" radius="md">
            <Stack gap="xs">
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <FieldPair>
                  <TextInput
                    label={t('products.fields.competitor')}
                    required
                    {...form.getInputProps(`competitorProducts.${index}.competitor`)}
                  />
                  <TextInput
                    label={t('products.fields.competitorProduct')}
                    {...form.getInputProps(`competitorProducts.${index}.product`)}
                  />
                </FieldPair>
                <RemoveRowButton
                  size="input-sm"
                  label={t('actions.remove')}
                  onClick={() => form.removeListItem('competitorProducts', index)}
                />
              </Group>
              <Textarea
                aria-label={t('products.fields.competitorNotes')}
                placeholder={t('products.fields.competitorNotes')}
                autosize
                minRows={1}
                maxRows={6}
                {...form.getInputProps(`competitorProducts.${index}.notes`)}
              />
            </Stack>
          </Paper>
        ))}
        <AddRowButton
          label={t('products.fields.addCompetitor')}
          onClick={() => form.insertListItem('competitorProducts', { competitor: '', product: '', notes: '' })}
        />
      </FormSection>
    </RecordFormLayout>
  );
};
