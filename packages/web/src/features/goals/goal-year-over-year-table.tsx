import { Table, Text } from '@mantine/core';
import type { Goal, GoalYearOverYear } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/format';
import { changeColor, changePercent, formatChange, formatGoalValue } from './goal-format';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

const spanPattern = /(\d{4})-\d{2}-\d{2}\s*[–-]\s*(\d{4})-\d{2}-(\d{2})/;

/** A span ("2026-01-01 – 2026-06-30") by its calendar year, e.g. "2026"; "2025/26" when it crosses New Year. */
export const yearLabel = (span: string): string => {
  const match = spanPattern.exec(span);
  if (!match) return /\d{4}/.exec(span)?.[0] ?? span;
  const [, startYear = '', endYear = ''] = match;
  return startYear === endYear ? startYear : `${startYear}/${endYear.slice(2)}`;
};

/** The last day of a span ("2026-01-01 – 2026-06-30" → "2026-06-30"). */
const spanEnd = (span: string): string | null => /(\d{4}-\d{2}-\d{2})\s*$/.exec(span)?.[1] ?? null;

/** This year against last year as a coloured percentage; a dash where either is missing or last year was 0. */
const Change = ({ value, base, goal }: { value: string | null; base: string | null; goal: Goal }) => {
  const change = changePercent(value, base);
  if (change === null) return <Text span>—</Text>;
  return (
    <Text span inherit fw={600} c={changeColor(change, goal)} data-testid="goal-year-over-year-change">
      {formatChange(change)}
    </Text>
  );
};

/** Quarters × years and the totals, with this year's change against last year. */
export const GoalYearOverYearTable = ({ goal, data }: { goal: Goal; data: GoalYearOverYear }) => {
  const { t } = useTranslation();
  const labels = data.years.map(yearLabel);
  const value = (amount: string | null | undefined) => formatGoalValue(amount, goal);
  const withChange = data.years.length > 1;
  const thisEnd = data.years[0] ? spanEnd(data.years[0]) : null;
  const toDate = thisEnd !== null && thisEnd < goal.endsOn;
  // This year's running part is to date, the years before are whole: its change is taken against the
  // same days last year (the goal's lastYear), or left out where that is not known (a running quarter of a year).
  const running = toDate ? data.quarters.findLast((row) => row.values[0] !== null) : undefined;
  const sameDaysBase = (whole: boolean) => (whole || data.quarters.length === 1 ? goal.lastYear : null);
  const baseOf = (values: (string | null)[], isRunning: boolean, whole: boolean) =>
    isRunning ? sameDaysBase(whole) : (values[1] ?? null);
  return (
    <div>
      <Table.ScrollContainer minWidth={380}>
        <Table verticalSpacing={6} fz="sm" data-testid="goal-year-over-year-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('goals.page.yearOverYear.quarter')}</Table.Th>
              {labels.map((label, index) => (
                <Table.Th key={data.years[index]} ta="right" title={data.years[index]}>
                  {label}
                </Table.Th>
              ))}
              {withChange ? (
                <Table.Th ta="right">
                  {t('goals.page.yearOverYear.change', { year: labels[0], previous: labels[1] })}
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.quarters.map((row) => (
              <Table.Tr key={row.quarter} data-testid="goal-year-over-year-quarter">
                <Table.Td>{t('goals.page.yearOverYear.quarterLabel', { quarter: row.quarter })}</Table.Td>
                {row.values.map((amount, index) => (
                  <Table.Td key={data.years[index] ?? index} ta="right" style={numeric}>
                    {value(amount)}
                  </Table.Td>
                ))}
                {withChange ? (
                  <Table.Td ta="right" style={numeric}>
                    <Change
                      value={row.values[0] ?? null}
                      base={baseOf(row.values, row === running, false)}
                      goal={goal}
                    />
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="goal-year-over-year-total">
              <Table.Th>{t('goals.page.yearOverYear.total')}</Table.Th>
              {data.totals.map((amount, index) => (
                <Table.Th key={data.years[index] ?? index} ta="right" style={numeric}>
                  {value(amount)}
                </Table.Th>
              ))}
              {withChange ? (
                <Table.Th ta="right" style={numeric}>
                  <Change value={data.totals[0] ?? null} base={baseOf(data.totals, toDate, true)} goal={goal} />
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {toDate && thisEnd ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('goals.page.yearOverYear.toDate', { year: labels[0], date: formatDay(thisEnd) })}
        </Text>
      ) : null}
    </div>
  );
};
