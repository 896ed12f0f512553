import { Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoney } from '../../lib/format';
import { type ExplainableLine, type ExplainContext, explainPart, lineSum } from './comp-explanation';

/** A line as the list shows it, from the API's run lines or from the engine in the browser. */
export interface LineRow extends ExplainableLine {
  key: string;
  dealId: string | null;
  date: string | null;
  tier: number | null;
}

/** What a page adds under a line (a statement: the questions on it). */
type LineFooter = (line: LineRow) => ReactNode;

/** One earning line: its component and deal, why (each part a sentence), the arithmetic, and the amount. */
const EarningLineRow = ({ line, context, footer }: { line: LineRow; context: ExplainContext; footer?: LineFooter }) => {
  const { t } = useTranslation();
  const sum = lineSum(line, context);
  const negative = line.amount.startsWith('-');
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="comp-line"
      data-kind={line.componentKind}
      data-tier={line.tier ?? ''}
    >
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Group gap="xs" wrap="wrap">
            <Badge size="sm" variant="light">
              {t(`comp.terms.kinds.${line.componentKind as 'commission'}`)}
            </Badge>
            {line.tier !== null ? (
              <Badge size="sm" variant="outline" color="gray">
                {t('comp.run.tier', { tier: line.tier })}
              </Badge>
            ) : null}
            {line.dealId ? (
              <Text size="sm" fw={600} truncate>
                {context.dealName(line.dealId)}
              </Text>
            ) : null}
            {line.date ? (
              <Text size="xs" c="dimmed">
                {formatDay(line.date)}
              </Text>
            ) : null}
          </Group>
          <Box component="ul" m={0} pl="md" data-testid="comp-line-explanation">
            {line.explanation.map((part, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a line keep their order
              <Text component="li" size="sm" c="dimmed" key={index}>
                {explainPart(part, context)}
              </Text>
            ))}
          </Box>
          {sum ? (
            <Text size="xs" ff="monospace" c="dimmed">
              {sum}
            </Text>
          ) : null}
        </Stack>
        <Text
          fw={700}
          c={negative ? 'red' : undefined}
          style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
          data-testid="comp-line-amount"
        >
          {formatMoney(line.amount, line.currency)}
        </Text>
      </Group>
      {footer?.(line)}
    </Paper>
  );
};

/** Earning lines in the engine's order. */
export const EarningLines = ({
  lines,
  context,
  footer,
}: {
  lines: readonly LineRow[];
  context: ExplainContext;
  footer?: LineFooter;
}) => (
  <Stack gap="xs">
    {lines.map((line) => (
      <EarningLineRow key={line.key} line={line} context={context} footer={footer} />
    ))}
  </Stack>
);
