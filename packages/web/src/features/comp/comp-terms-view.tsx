import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { type CommissionComponent, type CompComponent, type CompTier, Money } from '@pacer/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoney } from '../../lib/format';
import { type CompNames, formatRate, type PlanTerms, useCompNames } from './comp-format';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Which tiers speed pay up above quota, or slow it down below the tier that reaches quota. */
export const tierRole = (tiers: readonly CompTier[], index: number): 'accelerator' | 'decelerator' | null => {
  const baseIndex = tiers.reduce((found, tier, i) => (new Money(tier.fromPercent).lessThan(100) ? i : found), 0);
  const base = new Money(tiers[baseIndex]?.ratePercent ?? '0');
  const tier = tiers[index];
  if (!tier) return null;
  const rate = new Money(tier.ratePercent);
  if (index > baseIndex && rate.greaterThan(base)) return 'accelerator';
  if (index < baseIndex && rate.lessThan(base)) return 'decelerator';
  return null;
};

/** A tiered commission's tiers: from which attainment each pays which rate. */
const TierTable = ({ component }: { component: CommissionComponent }) => {
  const { t } = useTranslation();
  const tiers = component.tiers ?? [];
  return (
    <Table withRowBorders={false} verticalSpacing={4} maw={460} data-testid="comp-tier-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('comp.terms.tierFrom')}</Table.Th>
          <Table.Th ta="right">{t('comp.terms.tierRate')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tiers.map((tier, index) => {
          const next = tiers[index + 1];
          const role = tierRole(tiers, index);
          return (
            <Table.Tr key={tier.fromPercent}>
              <Table.Td style={numeric}>
                {next
                  ? t('comp.terms.tierRange', { from: formatRate(tier.fromPercent), to: formatRate(next.fromPercent) })
                  : t('comp.terms.tierOpen', { from: formatRate(tier.fromPercent) })}
              </Table.Td>
              <Table.Td ta="right" style={numeric} fw={600}>
                {formatRate(tier.ratePercent)}
              </Table.Td>
              <Table.Td>
                {role ? (
                  <Badge size="xs" variant="light" color={role === 'accelerator' ? 'teal' : 'orange'}>
                    {t(`comp.terms.${role}`)}
                  </Badge>
                ) : null}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
};

/** What a component that is not a tier table says, sentence by sentence. */
const sentencesOf = (
  component: CompComponent,
  { terms, currency }: { terms: PlanTerms; currency: string },
  names: CompNames,
  t: TFunction,
): string[] => {
  const money = (amount: string | undefined) => formatMoney(amount ?? '0', currency);
  switch (component.kind) {
    case 'commission':
      if (component.overlay) return [t('comp.terms.overlay', { rate: formatRate(component.ratePercent) })];
      return component.tiers
        ? [t('comp.terms.tiered'), t(`comp.terms.modes.${component.tierMode ?? 'marginal'}`)]
        : [t('comp.terms.flat', { rate: formatRate(component.ratePercent) })];
    case 'product_line':
      return component.rules.map((rule) => {
        const line = rule.productLineId
          ? names.productLine(rule.productLineId)
          : t('comp.terms.priorityLines', { priority: names.priority(rule.priority) });
        return rule.ratePercent !== undefined
          ? t('comp.terms.lineRate', { line, rate: formatRate(rule.ratePercent) })
          : t('comp.terms.lineMultiplier', { line, multiplier: rule.multiplier ?? '1' });
      });
    case 'spiff': {
      const product = component.productId
        ? names.product(component.productId)
        : t('comp.terms.lineOf', { line: names.productLine(component.productLineId) });
      const params = {
        amount: money(component.amount),
        product,
        from: formatDay(component.startsOn),
        to: formatDay(component.endsOn),
      };
      return [t(component.per === 'unit' ? 'comp.terms.spiffUnit' : 'comp.terms.spiffDeal', params)];
    }
    case 'goal_bonus':
      return [
        component.percentOfBase === undefined
          ? t('comp.terms.bonusFixed', { amount: money(component.amount), goal: names.goal(component.goalId) })
          : t('comp.terms.bonusPercent', {
              percent: formatRate(component.percentOfBase),
              base: money(terms.baseSalary),
              goal: names.goal(component.goalId),
            }),
      ];
    case 'cap':
      return [
        component.perPeriod === undefined ? null : t('comp.terms.capPeriod', { amount: money(component.perPeriod) }),
        component.perDeal === undefined ? null : t('comp.terms.capDeal', { amount: money(component.perDeal) }),
      ].filter((sentence) => sentence !== null);
    case 'draw':
      return [
        t(component.recoverable ? 'comp.terms.drawRecoverable' : 'comp.terms.drawFinal', {
          amount: money(component.amount),
        }),
      ];
    case 'clawback':
      return [t('comp.terms.clawback', { days: component.windowDays })];
  }
};

/** One component: its kind and name, its sentences, and its tiers. */
const ComponentCard = ({ component, sentences }: { component: CompComponent; sentences: string[] }) => {
  const { t } = useTranslation();
  return (
    <Card withBorder p="sm" data-testid="comp-term" data-kind={component.kind}>
      <Group gap="xs" mb={4} wrap="wrap">
        <Badge variant="light">{t(`comp.terms.kinds.${component.kind}`)}</Badge>
        {component.name ? <Text fw={600}>{component.name}</Text> : null}
      </Group>
      <Stack gap={2}>
        {sentences.map((sentence) => (
          <Text key={sentence} size="sm">
            {sentence}
          </Text>
        ))}
      </Stack>
      {component.kind === 'commission' && component.tiers ? <TierTable component={component} /> : null}
    </Card>
  );
};

/** A version's terms, readable: each component in plan order, then the plan-wide settings. */
export const CompTermsView = ({ terms, currency }: { terms: PlanTerms; currency: string }) => {
  const { t } = useTranslation();
  const names = useCompNames(t);
  return (
    <Stack gap="sm" data-testid="comp-terms">
      {terms.components.map((component) => (
        <ComponentCard
          key={component.id}
          component={component}
          sentences={sentencesOf(component, { terms, currency }, names, t)}
        />
      ))}
      {terms.baseSalary ? (
        <Text size="sm">{t('comp.terms.baseSalary', { amount: formatMoney(terms.baseSalary, currency) })}</Text>
      ) : null}
      {terms.payOnlyWhenInvoicePaid ? <Text size="sm">{t('comp.terms.invoicePaid')}</Text> : null}
      {terms.components.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comp.terms.empty')}
        </Text>
      ) : null}
    </Stack>
  );
};
