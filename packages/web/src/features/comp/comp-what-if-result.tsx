import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Money } from '@pacer/core';
import { IconRocket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { EarningLines, type LineRow } from './comp-earning-lines';
import type { ExplainContext } from './comp-explanation';
import { formatRate } from './comp-format';
import { tierRole } from './comp-terms-view';
import { totalIn, type WhatIfOutcome } from './comp-what-if';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

const Figure = ({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) => (
  <Paper withBorder p="sm" radius="md">
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="xl" fw={700} style={numeric} data-testid={testId}>
      {value}
    </Text>
    {hint ? (
      <Text size="xs" c="dimmed" style={numeric}>
        {hint}
      </Text>
    ) : null}
  </Paper>
);

/** "This takes you past 100 % of quota: from there … pays 10 % (accelerator)", one per tier reached. */
const TiersReached = ({ outcome }: { outcome: WhatIfOutcome }) => {
  const { t } = useTranslation();
  if (outcome.reached.length === 0) return null;
  return (
    <Stack gap="xs">
      {outcome.reached.map((reached) => {
        const role = tierRole(reached.component.tiers ?? [], reached.tier - 1);
        return (
          <Alert
            key={`${reached.component.id}-${reached.tier}`}
            color="teal"
            variant="light"
            icon={<IconRocket size={18} />}
            data-testid="what-if-tier-change"
          >
            {t('comp.whatIf.tierReached', {
              percent: formatRate(reached.fromPercent),
              name: reached.component.name || t('comp.terms.kinds.commission'),
              rate: formatRate(reached.ratePercent),
            })}
            {role ? ` (${t(`comp.terms.${role}`)})` : ''}
          </Alert>
        );
      })}
    </Stack>
  );
};

/** How long the engine took in this browser, for how many credits. */
const Timing = ({ outcome }: { outcome: WhatIfOutcome }) => {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Text
        size="xs"
        c="dimmed"
        data-testid="what-if-timing"
        data-ms={outcome.ms.toFixed(2)}
        data-credits={outcome.credits}
      >
        {t('comp.whatIf.timing', { ms: outcome.ms.toFixed(1), count: outcome.credits })}
      </Text>
    </Group>
  );
};

interface ResultProps {
  outcome: WhatIfOutcome;
  /** Whether any deal or amount was added. */
  picked: boolean;
  currency: string;
  context: ExplainContext;
}

/** Before and after, the tiers reached, the lines the new deals add, and how long the browser took. */
export const WhatIfResult = ({ outcome, picked, currency, context }: ResultProps) => {
  const { t } = useTranslation();
  const before = totalIn(outcome.before, currency);
  const after = totalIn(outcome.after, currency);
  const attainment = (result: WhatIfOutcome['before']) =>
    result.attainment ? t('comp.whatIf.attainment', { percent: formatRate(result.attainment.percent) }) : undefined;
  const soFar = (
    <Figure
      label={t('comp.whatIf.before')}
      value={formatMoney(before, currency)}
      hint={attainment(outcome.before)}
      testId="what-if-before"
    />
  );
  if (!picked) {
    return (
      <Stack gap="md" data-testid="what-if-result">
        <SimpleGrid cols={{ base: 1, xs: 3 }}>{soFar}</SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('comp.whatIf.pickHint')}
        </Text>
      </Stack>
    );
  }
  const difference = new Money(after).minus(before);
  const fromNewLines = outcome.added
    .filter((line) => line.currency === currency)
    .reduce((sum, line) => sum.plus(line.amount), new Money(0));
  // Deals laid end to end: added ones can push part of earlier ones into another tier (or a cap, the draw).
  const elsewhere = difference.minus(fromNewLines);
  const rows: LineRow[] = outcome.added.map((line, index) => ({
    ...line,
    key: `${line.dealId}-${index}`,
    componentKind: line.component.kind,
  }));

  return (
    <Stack gap="md" data-testid="what-if-result">
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        {soFar}
        <Figure
          label={t('comp.whatIf.after')}
          value={formatMoney(after, currency)}
          hint={attainment(outcome.after)}
          testId="what-if-after"
        />
        <Figure
          label={t('comp.whatIf.difference')}
          value={`${difference.isNegative() ? '' : '+'}${formatMoney(difference.toFixed(), currency)}`}
          testId="what-if-difference"
        />
      </SimpleGrid>
      <TiersReached outcome={outcome} />
      {rows.length > 0 ? (
        <Stack gap="xs">
          <Title order={5}>{t('comp.whatIf.addedLines')}</Title>
          <EarningLines lines={rows} context={context} />
        </Stack>
      ) : null}
      {elsewhere.isZero() ? null : (
        <Text size="sm" data-testid="what-if-elsewhere">
          {t('comp.whatIf.elsewhere', { amount: formatMoney(elsewhere.toFixed(), currency) })}
        </Text>
      )}
      <Timing outcome={outcome} />
    </Stack>
  );
};
