import { Stack, Table, Text } from '@mantine/core';
import type { CascadeGoalInput, Goal, GoalDetail, TargetChange } from '@pacer/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { formatDateTime, formatDay } from '../../lib/format';
import { SectionCard } from '../records/record-details';
import { formatGoalValue, formatPercent, scopeLabel } from './goal-format';
import { GoalStatusBadge } from './goal-pace-bar';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

type Split = GoalDetail['splits'][number];

/** One way the goal was split (among people, or over time): its parts with their pace, their roll-up and the gap. */
const PartsTable = ({ goal, split }: { goal: GoalDetail; split: Split }) => {
  const { t } = useTranslation();
  const value = (amount: string | null | undefined) => formatGoalValue(amount, goal);
  const samePeriod = (child: Goal) => child.startsOn === goal.startsOn && child.endsOn === goal.endsOn;
  const parts = goal.children.filter((child) => samePeriod(child) === (split.kind === 'people'));
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing="xs" highlightOnHover data-testid={`goal-split-${split.kind}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(split.kind === 'people' ? 'goals.page.partsPeople' : 'goals.page.partsPeriods')}</Table.Th>
            <Table.Th />
            <Table.Th ta="right">{t('goals.page.actual')}</Table.Th>
            <Table.Th ta="right">{t('goals.page.target')}</Table.Th>
            <Table.Th ta="right">{t('goals.page.attainment')}</Table.Th>
            <Table.Th ta="right">{t('goals.page.stillToGo')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parts.map((child) => (
            <Table.Tr key={child.id} data-testid="goal-child">
              <Table.Td>
                <AnchorLink to="/goals/$goalId" params={{ goalId: child.id }} size="sm" fw={500}>
                  {child.name}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {scopeLabel(child, t)} · {formatDay(child.startsOn)} – {formatDay(child.endsOn)}
                </Text>
              </Table.Td>
              <Table.Td>
                {child.pace ? <GoalStatusBadge status={child.pace.status} testId="goal-child-status" /> : null}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {value(child.pace?.actual)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {value(child.target)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatPercent(child.pace?.attainmentPercent)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {value(child.pace?.distance)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2}>{t('goals.page.sumOfParts')}</Table.Th>
            <Table.Th ta="right" style={numeric} data-testid="goal-children-actual">
              {value(split.actual)}
            </Table.Th>
            <Table.Th ta="right" style={numeric} data-testid="goal-children-target">
              {value(split.target)}
            </Table.Th>
            <Table.Th colSpan={2} />
          </Table.Tr>
          <Table.Tr>
            <Table.Th colSpan={3}>{t('goals.page.gap')}</Table.Th>
            <Table.Th
              ta="right"
              style={numeric}
              c={Number(split.gap) !== 0 ? 'orange' : undefined}
              data-testid="goal-children-gap"
            >
              {value(split.gap)}
            </Table.Th>
            <Table.Th colSpan={2} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
};

/** The goals this one was split into, among people and over time, each with its pace and roll-up. */
export const GoalChildren = ({ goal }: { goal: GoalDetail }) => {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('goals.page.parts')} testId="goal-children">
      {goal.splits.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('goals.page.partsEmpty')}
        </Text>
      ) : (
        <Stack gap="lg">
          {goal.splits.map((split) => (
            <PartsTable key={split.kind} goal={goal} split={split} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
};

/** Why a target changed: as typed, or Pacer's own reason in the reader's language. */
const reasonText = (change: TargetChange, goal: GoalDetail, t: TFunction): string => {
  if (!change.reasonCode) return change.reason ?? '—';
  const params = change.reasonParams ?? {};
  return t(`goals.page.reasons.${change.reasonCode}`, {
    ...params,
    ...(params.method ? { method: t(`goals.split.methods.${params.method as CascadeGoalInput['method']}`) } : {}),
    ...(params.from ? { from: formatDay(params.from) } : {}),
    ...(params.to ? { to: formatDay(params.to) } : {}),
    ...(params.result ? { result: formatGoalValue(params.result, goal) } : {}),
    ...(params.baseline ? { baseline: formatGoalValue(params.baseline, goal) } : {}),
  });
};

/** Every change of the target: when, by whom, from what to what, from which day, and why. */
export const GoalHistory = ({ goal }: { goal: GoalDetail }) => {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('goals.page.history')} testId="goal-history">
      {goal.history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('goals.page.historyEmpty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('goals.page.when')}</Table.Th>
                <Table.Th>{t('goals.page.who')}</Table.Th>
                <Table.Th>{t('goals.page.change')}</Table.Th>
                <Table.Th>{t('goals.page.effectiveFrom')}</Table.Th>
                <Table.Th>{t('goals.page.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {goal.history.map((change) => (
                <Table.Tr key={`${change.at}-${change.to}`} data-testid="goal-history-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(change.at)}</Table.Td>
                  <Table.Td>{change.byName ?? '—'}</Table.Td>
                  <Table.Td style={numeric}>
                    {change.from === null ? '—' : formatGoalValue(change.from, goal)} →{' '}
                    {formatGoalValue(change.to, goal)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(change.effectiveFrom)}</Table.Td>
                  <Table.Td>{reasonText(change, goal, t)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
};
