import { Alert, Group, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type CompCredit, calculateEarnings, type DealDetail } from '@pacer/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { formatDay, formatMoney, namedOptions } from '../../lib/format';
import { useSession } from '../auth/session';
import { dealQuery } from '../deals/deals-api';
import { amountText } from '../goals/goal-form-values';
import { productLinesQuery } from '../products/products-api';
import { SectionCard } from '../records/record-details';
import { myOpenDealsQuery, type WhatIfBasis, type WhatIfPeriod, whatIfBasisQuery, whatIfPeriods } from './comp-api';
import { useCompNames } from './comp-format';
import { shortId } from './comp-run-lines';
import { creditOfAmount, creditsOfOpenDeal, runWhatIf, typedDealId } from './comp-what-if';
import { WhatIfResult } from './comp-what-if-result';

const amountPattern = /^\d{1,15}(\.\d{1,4})?$/;

/** The picked deals' details once loaded (stable while none changes, so the what-if is not redone). */
const combineDeals = (results: { data?: DealDetail | undefined; isPending: boolean }[]) => ({
  deals: results.flatMap((result) => (result.data ? [result.data] : [])),
  pending: results.some((result) => result.isPending),
});

/** Why the engine could not work it out, in the reader's words where the reason is a known one. */
const problemText = (error: unknown, t: TFunction): string => {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('needs a quota')) return t('comp.whatIf.needsQuota');
  if (message.includes('no exchange rate')) return t('comp.whatIf.noRate');
  return t('comp.whatIf.failed', { message });
};

/** A computation's value, or the error it threw (the engine throws RangeError on what it cannot pay). */
const attempt = <T,>(compute: () => T): { value: T } | { error: unknown } => {
  try {
    return { value: compute() };
  } catch (error) {
    return { error };
  }
};

interface OutcomeProps {
  basis: WhatIfBasis;
  added: CompCredit[];
  currency: string;
  dealName: (dealId: string) => string;
}

/** Runs the engine on the basis and the added credits, and shows the outcome (or why there is none). */
const WhatIfOutcomeView = ({ basis, added, currency, dealName }: OutcomeProps) => {
  const { t } = useTranslation();
  const names = useCompNames(t);
  // The period so far changes only with the basis; each pick runs the engine once more.
  const before = useMemo(() => attempt(() => calculateEarnings(basis.input)), [basis]);
  const result = useMemo(
    () => ('error' in before ? before : attempt(() => runWhatIf(basis.input, basis.on, before.value, added))),
    [basis, before, added],
  );
  if ('error' in result) {
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="what-if-problem">
        {problemText(result.error, t)}
      </Alert>
    );
  }
  return (
    <WhatIfResult
      outcome={result.value}
      picked={added.length > 0}
      currency={currency}
      context={{ t, names, dealName }}
    />
  );
};

/** The rep picks open deals and/or types an amount; the browser works out what they would earn. */
export const WhatIfPanel = ({ currency }: { currency: string }) => {
  const { t } = useTranslation();
  const { user } = useSession();
  const [period, setPeriod] = useState<WhatIfPeriod>('quarter');
  const [picked, setPicked] = useState<string[]>([]);
  const [amount, setAmount] = useState('');
  const [lineId, setLineId] = useState<string | null>(null);
  const basis = useQuery(whatIfBasisQuery(period));
  const deals = useQuery(myOpenDealsQuery(user.id));
  const lines = useQuery(productLinesQuery('all'));
  const details = useQueries({ queries: picked.map((id) => dealQuery(id)), combine: combineDeals });

  const typed = amountText(amount);
  const amountError = typed !== '' && !amountPattern.test(typed) ? t('comp.whatIf.amountInvalid') : null;
  const on = basis.data?.on;
  // The credits to add, rebuilt when a pick, the amount or the basis changes; the engine runs in the outcome.
  const added = useMemo(() => {
    if (!on) return [];
    const priorities = new Map((lines.data ?? []).map((line) => [line.id, line.priority]));
    const credits = details.deals.flatMap((deal) => creditsOfOpenDeal(deal, user.id, on, priorities));
    if (typed !== '' && !amountError) credits.push(creditOfAmount(typed, currency, lineId, user.id, on, priorities));
    return credits;
  }, [on, lines.data, details.deals, typed, amountError, lineId, currency, user.id]);

  const dealNames = new Map((deals.data?.items ?? []).map((deal) => [deal.id, deal.name]));
  const dealName = (id: string) =>
    id === typedDealId ? t('comp.whatIf.typedDeal') : (dealNames.get(id) ?? shortId(id));
  const loading = details.pending;

  return (
    <SectionCard title={t('comp.whatIf.title')} testId="what-if">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('comp.whatIf.intro')}
        </Text>
        <Group gap="sm" wrap="wrap">
          <SegmentedControl
            aria-label={t('comp.whatIf.period')}
            data={whatIfPeriods.map((value) => ({ value, label: t(`comp.whatIf.periods.${value}`) }))}
            value={period}
            onChange={(value) => setPeriod(value as WhatIfPeriod)}
          />
          {basis.data ? (
            <Text size="xs" c="dimmed">
              {t('comp.whatIf.periodRange', {
                from: formatDay(basis.data.input.period.start),
                to: formatDay(basis.data.input.period.end),
                on: formatDay(basis.data.on),
              })}
            </Text>
          ) : null}
        </Group>
        <MultiSelect
          label={t('comp.whatIf.deals')}
          placeholder={picked.length === 0 ? t('comp.whatIf.dealsPlaceholder') : undefined}
          data={(deals.data?.items ?? []).map((deal) => ({
            value: deal.id,
            label: `${deal.name} · ${formatMoney(deal.amount, deal.currency)}`,
          }))}
          value={picked}
          onChange={setPicked}
          searchable
          clearable
          nothingFoundMessage={t('comp.whatIf.noDeals')}
          data-testid="what-if-deals"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('comp.whatIf.amount')}
            description={t('comp.whatIf.amountHint')}
            inputMode="decimal"
            rightSection={currency}
            rightSectionWidth={48}
            value={amount}
            onChange={(event) => setAmount(event.currentTarget.value)}
            error={amountError}
            data-testid="what-if-amount"
          />
          <Select
            label={t('comp.whatIf.productLine')}
            description={t('comp.whatIf.productLineHint')}
            data={namedOptions(lines.data)}
            value={lineId}
            onChange={setLineId}
            clearable
            disabled={typed === ''}
          />
        </SimpleGrid>
        {basis.isError ? (
          <QueryLoadError query={basis} />
        ) : !basis.data || loading ? (
          <RowsSkeleton rows={2} height={64} />
        ) : (
          <WhatIfOutcomeView basis={basis.data} added={added} currency={currency} dealName={dealName} />
        )}
      </Stack>
    </SectionCard>
  );
};
