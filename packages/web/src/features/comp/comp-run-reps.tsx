import { Button, Group, Table, Text } from '@mantine/core';
import type { CompRun } from '@pacer/core';
import { IconFileDollar, IconListDetails } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMoney } from '../../lib/format';
import { formatRate } from './comp-format';
import { periodStatementsQuery } from './statement-api';

type RunRep = CompRun['reps'][number];

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A rep's attainment: the percent, and what was credited of which quota. */
const Attainment = ({ rep }: { rep: RunRep }) => {
  const { t } = useTranslation();
  if (!rep.attainment) {
    return (
      <Text size="sm" c="dimmed">
        {t('comp.run.noQuota')}
      </Text>
    );
  }
  const { credited, quota, currency, percent } = rep.attainment;
  return (
    <>
      <Text size="sm" fw={600} style={numeric} c={Number(percent) >= 100 ? 'teal' : undefined}>
        {formatRate(percent)}
      </Text>
      <Text size="xs" c="dimmed" style={numeric}>
        {t('comp.run.ofQuota', { credited: formatMoney(credited, currency), quota: formatMoney(quota, currency) })}
      </Text>
    </>
  );
};

interface RunRepsProps {
  run: CompRun;
  selectedRepId: string | null;
  onSelect: (repId: string) => void;
}

/** Every rep of a run: totals, attainment, lines and the credits still open, with a way into their lines. */
export const CompRunReps = ({ run, selectedRepId, onSelect }: RunRepsProps) => {
  const { t } = useTranslation();
  // Each rep's statement of the period, so a row leads to it.
  const statements = useQuery(periodStatementsQuery(run.periodStart, run.periodEnd));
  const statementOf = new Map((statements.data?.items ?? []).map((statement) => [statement.repId, statement.id]));
  if (run.reps.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('comp.run.nobody')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="comp-run-reps">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('comp.run.rep')}</Table.Th>
            <Table.Th ta="right">{t('comp.run.total')}</Table.Th>
            <Table.Th ta="right">{t('comp.run.attainment')}</Table.Th>
            <Table.Th ta="right">{t('comp.run.lines')}</Table.Th>
            <Table.Th ta="right">{t('comp.run.openCredits')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {run.reps.map((rep) => (
            <Table.Tr
              key={rep.repId}
              data-testid="comp-run-rep"
              data-rep-id={rep.repId}
              bg={rep.repId === selectedRepId ? 'var(--mantine-primary-color-light)' : undefined}
            >
              <Table.Td fw={500}>{rep.repName}</Table.Td>
              <Table.Td ta="right" style={numeric} fw={600} data-testid="comp-run-total">
                {rep.totals.length === 0
                  ? '—'
                  : rep.totals.map((total) => formatMoney(total.amount, total.currency)).join(' · ')}
              </Table.Td>
              <Table.Td ta="right">
                <Attainment rep={rep} />
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatCount(rep.lineCount)}
              </Table.Td>
              <Table.Td ta="right" style={numeric} c={rep.openCredits > 0 ? 'orange' : undefined}>
                {formatCount(rep.openCredits)}
              </Table.Td>
              <Table.Td ta="right">
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconListDetails size={14} />}
                    disabled={rep.lineCount === 0}
                    onClick={() => onSelect(rep.repId)}
                    aria-label={t('comp.run.showLinesOf', { name: rep.repName })}
                    data-testid="comp-run-show-lines"
                  >
                    {t('comp.run.showLines')}
                  </Button>
                  {statementOf.has(rep.repId) ? (
                    <Button
                      renderRoot={(props) => (
                        <Link
                          to="/comp-statements/$statementId"
                          params={{ statementId: statementOf.get(rep.repId) ?? '' }}
                          {...props}
                        />
                      )}
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconFileDollar size={14} />}
                      aria-label={t('comp.statements.linkOf', { name: rep.repName })}
                      data-testid="comp-run-statement"
                    >
                      {t('comp.statements.statement')}
                    </Button>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
