import { Box, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { dealAmountOf, isAmount, lineItemTotal, type Product } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { AddRowButton, RemoveRowButton } from '../../components/row-buttons';
import { formatMoney } from '../../lib/format';
import { RecordPicker } from '../records/record-picker';

export interface LineValues {
  productId: string | null;
  productName: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
}

export const emptyLine: LineValues = {
  productId: null,
  productName: '',
  quantity: '1',
  unitPrice: '',
  discountPercent: '0',
};

const isFigure = (text: string) => isAmount(text.trim()) && !text.trim().startsWith('-');

/** A line's total, exact, or null while its figures are incomplete. */
export const lineTotal = (line: LineValues, currency: string): string | null =>
  isFigure(line.quantity) && isFigure(line.unitPrice) && isFigure(line.discountPercent || '0')
    ? lineItemTotal(
        {
          quantity: line.quantity.trim(),
          unitPrice: line.unitPrice.trim(),
          discountPercent: line.discountPercent.trim() || '0',
        },
        currency,
      )
    : null;

/** The deal amount the lines make, or null while one of them is incomplete. */
export const linesAmount = (lines: LineValues[], currency: string): string | null => {
  const totals = lines.map((line) => lineTotal(line, currency));
  return totals.every((total) => total !== null) ? dealAmountOf(totals as string[], currency) : null;
};

// biome-ignore lint/suspicious/noExplicitAny: the editor only touches `lineItems.*`
type DealForm = UseFormReturnType<any, any>;

/** Products, quantities, prices and discounts of a deal; totals computed exactly as the server will. */
export const LineItemsEditor = ({ form, currency }: { form: DealForm; currency: string }) => {
  const { t } = useTranslation();
  const lines = form.values.lineItems as LineValues[];
  const amount = linesAmount(lines, currency);

  const pick = (index: number, product: Product | null) => {
    form.setFieldValue(`lineItems.${index}.productId`, product?.id ?? null);
    form.setFieldValue(`lineItems.${index}.productName`, product?.name ?? '');
    // The list price is a default only in the deal's own currency.
    if (product && product.currency === currency) form.setFieldValue(`lineItems.${index}.unitPrice`, product.listPrice);
  };

  return (
    <Stack gap="xs" data-testid="line-items">
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deals.lines.empty')}
        </Text>
      ) : null}
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
        <Paper key={index} withBorder p="xs" radius="md" data-testid="line-item">
          <Stack gap="xs">
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <RecordPicker<Product>
                type="products"
                label={t('deals.lines.product')}
                placeholder={t('deals.lines.productPlaceholder')}
                value={line.productId}
                selectedName={line.productName || null}
                hintOf={(product) => formatMoney(product.listPrice, product.currency)}
                onChange={(_, product) => pick(index, product)}
                size="sm"
                style={{ flex: 1, minWidth: 0 }}
                data-testid="line-product"
              />
              <RemoveRowButton
                mb={4}
                label={t('deals.lines.remove')}
                onClick={() => form.removeListItem('lineItems', index)}
              />
            </Group>
            {line.productId ? null : (
              <TextInput
                aria-label={t('deals.lines.name')}
                placeholder={t('deals.lines.name')}
                size="sm"
                {...form.getInputProps(`lineItems.${index}.productName`)}
              />
            )}
            <Group gap="xs" align="flex-end" wrap="wrap">
              <TextInput
                label={t('deals.lines.quantity')}
                inputMode="decimal"
                w={72}
                size="sm"
                {...form.getInputProps(`lineItems.${index}.quantity`)}
                data-testid="line-quantity"
              />
              <TextInput
                label={t('deals.lines.unitPrice')}
                inputMode="decimal"
                w={120}
                size="sm"
                {...form.getInputProps(`lineItems.${index}.unitPrice`)}
                data-testid="line-price"
              />
              <TextInput
                label={t('deals.lines.discount')}
                inputMode="decimal"
                w={96}
                size="sm"
                rightSection="%"
                {...form.getInputProps(`lineItems.${index}.discountPercent`)}
              />
              <Box ml="auto" pb={6} ta="right">
                <Text size="xs" c="dimmed">
                  {t('deals.lines.total')}
                </Text>
                <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="line-total">
                  {formatMoney(lineTotal(line, currency), currency) || '—'}
                </Text>
              </Box>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group justify="space-between" wrap="wrap">
        <AddRowButton
          label={t('deals.lines.add')}
          onClick={() => form.insertListItem('lineItems', { ...emptyLine })}
          data-testid="add-line"
        />
        {lines.length > 0 ? (
          <Text size="sm" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="lines-sum">
            {t('deals.lines.sum')}: {amount === null ? '—' : formatMoney(amount, currency)}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
};
