import { Badge, Group, Table, Text } from '@mantine/core';
import type { CompAdjustment } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../../lib/format';
import { SectionCard } from '../records/record-details';
import { formatPeriod, numericStyle } from './statement-status';

/** Under the reason: which period it corrects, what changed, who gave it and when. */
const AdjustmentDetails = ({ adjustment }: { adjustment: CompAdjustment }) => {
  const { t } = useTranslation();
  const parts = [
    adjustment.componentKind ? t(`comp.terms.kinds.${adjustment.componentKind as 'commission'}`) : null,
    adjustment.sourcePeriod
      ? t('comp.statements.adjustmentFor', {
          period: formatPeriod(t, adjustment.sourcePeriod.start, adjustment.sourcePeriod.end),
        })
      : null,
    adjustment.before !== null && adjustment.after !== null
      ? t('comp.statements.adjustmentChange', {
          before: formatMoney(adjustment.before, adjustment.currency),
          after: formatMoney(adjustment.after, adjustment.currency),
        })
      : null,
    adjustment.createdByName ? t('comp.statements.adjustmentBy', { name: adjustment.createdByName }) : null,
    formatDateTime(adjustment.createdAt),
  ];
  return (
    <Text size="xs" c="dimmed">
      {parts.filter(Boolean).join(' · ')}
    </Text>
  );
};

/** What a statement pays besides its lines: answers to inquiries, recomputed frozen periods, contest prizes. */
export const StatementAdjustments = ({ adjustments }: { adjustments: readonly CompAdjustment[] }) => {
  const { t } = useTranslation();
  if (adjustments.length === 0) return null;
  return (
    <SectionCard title={t('comp.statements.adjustments')} testId="statement-adjustments">
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {adjustments.map((adjustment) => (
              <Table.Tr key={adjustment.id} data-testid="statement-adjustment" data-kind={adjustment.kind}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    {/* In the cell with the reason: a badge's label has no width of its own in a shrunk cell. */}
                    <Badge
                      size="sm"
                      variant="light"
                      color={adjustment.kind === 'manual' ? 'violet' : 'gray'}
                      style={{ flexShrink: 0 }}
                      mt={2}
                    >
                      {t(`comp.statements.adjustmentKinds.${adjustment.kind}`)}
                    </Badge>
                    <div>
                      <Text size="sm" fw={500}>
                        {adjustment.reason}
                      </Text>
                      <AdjustmentDetails adjustment={adjustment} />
                    </div>
                  </Group>
                </Table.Td>
                <Table.Td
                  ta="right"
                  fw={700}
                  style={numericStyle}
                  c={adjustment.amount.startsWith('-') ? 'red' : undefined}
                  data-testid="statement-adjustment-amount"
                >
                  {formatMoney(adjustment.amount, adjustment.currency)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
};
