import { Group, Select, Skeleton, Table, Text } from '@mantine/core';
import type { GoalFacts as Facts, Goal } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { QueryLoadError } from '../../components/feedback';
import { formatDay, formatMoney } from '../../lib/format';
import { SectionCard } from '../records/record-details';
import { goalContributionsQuery, goalFactsQuery } from './goals-api';

type Fact = Facts['items'][number];

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A deal opens its page; an activity or an estimate names itself (its account's page has the timeline). */
const FactTitle = ({ fact }: { fact: Fact }) =>
  fact.kind === 'deal' ? (
    <AnchorLink to="/deals/$dealId" params={{ dealId: fact.id }} size="sm">
      {fact.title}
    </AnchorLink>
  ) : (
    <Text size="sm">{fact.title}</Text>
  );

const FactRow = ({ fact }: { fact: Fact }) => {
  const { t } = useTranslation();
  const split = fact.sharePercent !== null && fact.sharePercent !== '100';
  return (
    <Table.Tr data-testid="goal-fact">
      <Table.Td>
        <FactTitle fact={fact} />
      </Table.Td>
      <Table.Td>
        {fact.accountId && fact.accountName ? (
          <AnchorLink to="/accounts/$accountId" params={{ accountId: fact.accountId }} size="sm">
            {fact.accountName}
          </AnchorLink>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{fact.repName}</Table.Td>
      <Table.Td style={numeric}>{formatDay(fact.day)}</Table.Td>
      <Table.Td ta="right" style={numeric}>
        {fact.value !== null && fact.currency ? formatMoney(fact.value, fact.currency) : ''}
        {split ? (
          <Text size="xs" c="dimmed">
            {t('goals.page.facts.share', { percent: fact.sharePercent })}
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
};

/**
 * The drill-down under a goal's number: the deals credited to its people (largest first), or the
 * activities done, or the estimates sent; narrowed to one rep from the picker or the contributions.
 */
export const GoalFacts = ({
  goal,
  repId,
  onRepChange,
}: {
  goal: Goal;
  repId: string | null;
  onRepChange: (repId: string | null) => void;
}) => {
  const { t } = useTranslation();
  const facts = useQuery(goalFactsQuery(goal.id, repId));
  const reps = useQuery(goalContributionsQuery(goal.id)).data?.byRep ?? [];
  if (facts.data && facts.data.source === null) return null;
  const data = facts.data;
  const picker =
    goal.scopeKind === 'rep' ? null : (
      <Select
        size="xs"
        w={200}
        aria-label={t('goals.page.facts.rep')}
        placeholder={t('goals.page.facts.allReps')}
        clearable
        data={reps.map((rep) => ({ value: rep.repId, label: rep.repName }))}
        value={repId}
        onChange={onRepChange}
        data-testid="goal-facts-rep"
      />
    );
  return (
    <SectionCard title={t(`goals.page.facts.title.${data?.source ?? 'deals'}`)} action={picker} testId="goal-facts">
      {facts.isError ? (
        <QueryLoadError query={facts} />
      ) : !data ? (
        <Skeleton height={120} radius="md" />
      ) : data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('goals.page.facts.empty')}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table highlightOnHover verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`goals.page.facts.record.${data.source ?? 'deals'}`)}</Table.Th>
                  <Table.Th>{t('goals.page.facts.account')}</Table.Th>
                  <Table.Th>{t('goals.page.facts.rep')}</Table.Th>
                  <Table.Th>{t('goals.page.facts.day')}</Table.Th>
                  <Table.Th ta="right">{data.source === 'activities' ? '' : t('goals.page.facts.credited')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((fact) => (
                  <FactRow key={`${fact.id}-${fact.repId}`} fact={fact} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="flex-end" mt="xs">
            <Text size="xs" c="dimmed" data-testid="goal-facts-count">
              {t('goals.page.facts.shown', { shown: data.items.length, total: data.total })}
            </Text>
          </Group>
        </>
      )}
    </SectionCard>
  );
};
