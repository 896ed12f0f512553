import { Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type DealDetail, Money, roundToCurrency } from '@pacer/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatDecimal, formatMoney } from '../../lib/format';
import { SectionCard } from '../records/record-details';

/** The money of a deal on its page: the figures on top, and its line items. */

const dayMs = 24 * 60 * 60 * 1000;

const Figure = ({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) => (
  <Paper withBorder p="sm" radius="md">
    <Text size="xs" c="dimmed" tt="uppercase" fw={700} lts={0.4}>
      {label}
    </Text>
    <Text fw={700} size="lg" style={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}>
      {value || '—'}
    </Text>
    {hint ? (
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    ) : null}
  </Paper>
);

export const DealFigures = ({ deal }: { deal: DealDetail }) => {
  const { t } = useTranslation();
  const weighted = roundToCurrency(new Money(deal.amount).times(deal.probability).dividedBy(100), deal.currency);
  const days = Math.max(0, Math.floor((Date.now() - new Date(deal.stageEnteredAt).getTime()) / dayMs));
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="lg" data-testid="deal-figures">
      <Figure label={t('records.fields.amount')} value={formatMoney(deal.amount, deal.currency)} />
      <Figure
        label={t('deals.page.weighted')}
        value={formatMoney(weighted, deal.currency)}
        hint={t('deals.page.probabilityHint', { percent: deal.probability })}
      />
      <Figure
        label={deal.closedOn ? t('deals.fields.closedOn') : t('deals.fields.expectedCloseDate')}
        value={formatDay(deal.closedOn ?? deal.expectedCloseDate)}
      />
      <Figure
        label={t('deals.fields.stage')}
        value={deal.stageName}
        hint={t('deals.page.daysInStage', { count: days })}
      />
    </SimpleGrid>
  );
};

export const LineItems = ({ deal }: { deal: DealDetail }) => {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  if (deal.lineItems.length === 0) return null;
  if (phone) {
    // A phone has no room for five columns: each line is its name, its figures and its total.
    return (
      <SectionCard title={t('deals.lines.title')} testId="deal-line-items">
        <Stack gap="sm">
          {deal.lineItems.map((line) => (
            <Group key={line.id} justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <Stack gap={0} miw={0}>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {line.productName}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDecimal(line.quantity)} × {formatMoney(line.unitPrice, deal.currency)}
                  {Number(line.discountPercent) > 0 ? ` · −${formatDecimal(line.discountPercent)} %` : ''}
                </Text>
              </Stack>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(line.total, deal.currency)}
              </Text>
            </Group>
          ))}
          <Group justify="space-between" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <Text size="sm" fw={700}>
              {t('deals.lines.sum')}
            </Text>
            <Text size="sm" fw={700} data-testid="deal-lines-sum">
              {formatMoney(deal.amount, deal.currency)}
            </Text>
          </Group>
        </Stack>
      </SectionCard>
    );
  }
  return (
    <SectionCard title={t('deals.lines.title')} testId="deal-line-items">
      <Table.ScrollContainer minWidth={480} type="native">
        <Table verticalSpacing={6} fz="sm" tabularNums>
          <Table.Thead>
            <Table.Tr>
              <Table.Th fz="xs" c="dimmed">
                {t('deals.lines.product')}
              </Table.Th>
              <Table.Th fz="xs" c="dimmed" ta="right">
                {t('deals.lines.quantity')}
              </Table.Th>
              <Table.Th fz="xs" c="dimmed" ta="right">
                {t('deals.lines.unitPrice')}
              </Table.Th>
              <Table.Th fz="xs" c="dimmed" ta="right">
                {t('deals.lines.discount')}
              </Table.Th>
              <Table.Th fz="xs" c="dimmed" ta="right">
                {t('deals.lines.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deal.lineItems.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>{line.productName}</Table.Td>
                <Table.Td ta="right">{formatDecimal(line.quantity)}</Table.Td>
                <Table.Td ta="right">{formatMoney(line.unitPrice, deal.currency)}</Table.Td>
                <Table.Td ta="right">
                  {Number(line.discountPercent) > 0 ? `${formatDecimal(line.discountPercent)} %` : ''}
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatMoney(line.total, deal.currency)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Td colSpan={4} fw={600}>
                {t('deals.lines.sum')}
              </Table.Td>
              <Table.Td ta="right" fw={700} data-testid="deal-lines-sum">
                {formatMoney(deal.amount, deal.currency)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
};
