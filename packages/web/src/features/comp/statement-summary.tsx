import { Alert, Card, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CompStatementDetail } from '@pacer/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDay, formatMoney } from '../../lib/format';
import type { ExplainContext } from './comp-explanation';
import { formatRate } from './comp-format';
import { formatTotals, numericStyle, StatementStatusBadge } from './statement-status';

/** One figure of the header: a small label over its value. */
const Fact = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <Stack gap={4} miw={0} data-testid={testId}>
    <Text size="xs" c="dimmed" tt="uppercase" fw={700} lts={0.4}>
      {label}
    </Text>
    {children}
  </Stack>
);

/** Who signed off each step, and when. */
const History = ({ statement }: { statement: CompStatementDetail }) => {
  const { t } = useTranslation();
  const steps = [
    ['reviewed', statement.reviewedAt],
    ['approved', statement.approvedAt],
    ['paid', statement.paidAt],
  ] as const;
  return (
    <>
      {steps.map(([step, at]) =>
        at ? (
          <Text key={step} size="xs" c="dimmed">
            {t(`comp.statements.history.${step}`, { at: formatDateTime(at) })}
          </Text>
        ) : null,
      )}
    </>
  );
};

/** The statement's header figures: total, status, plan, attainment, draw carried, and what is still open. */
export const StatementSummary = ({ statement }: { statement: CompStatementDetail }) => {
  const { t } = useTranslation();
  const { attainment } = statement;
  const currency = statement.totals[0]?.currency ?? attainment?.currency ?? '';
  return (
    <Card p="lg" data-testid="statement-summary">
      {/* The total takes the room it needs; the other figures share what is left. */}
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Fact label={t('comp.statements.total')}>
          <Text fz={26} fw={800} lh={1.1} style={numericStyle} data-testid="statement-summary-total">
            {formatTotals(statement.totals)}
          </Text>
        </Fact>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="lg" verticalSpacing="md" style={{ flex: '1 1 32rem' }}>
          <Fact label={t('comp.statements.status')}>
            <StatementStatusBadge status={statement.status} size="lg" />
            <History statement={statement} />
          </Fact>
          <Fact label={t('comp.statements.plan')} testId="statement-plan">
            <Text size="sm" fw={600}>
              {statement.plans.length === 0
                ? t('comp.statements.noPlan')
                : statement.plans
                    .map((plan) => t('comp.statements.planVersion', { name: plan.name, version: plan.version }))
                    .join(', ')}
            </Text>
          </Fact>
          <Fact label={t('comp.statements.attainment')}>
            {attainment ? (
              <>
                <Text fw={700} style={numericStyle} c={Number(attainment.percent) >= 100 ? 'teal' : undefined}>
                  {formatRate(attainment.percent)}
                </Text>
                <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {t('comp.run.ofQuota', {
                    credited: formatMoney(attainment.credited, attainment.currency),
                    quota: formatMoney(attainment.quota, attainment.currency),
                  })}
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('comp.run.noQuota')}
              </Text>
            )}
          </Fact>
          <Fact label={t('comp.statements.drawBalance')}>
            <Text fw={700} style={numericStyle} title={t('comp.statements.drawBalanceHint')}>
              {currency ? formatMoney(statement.drawBalance, currency) : statement.drawBalance}
            </Text>
          </Fact>
          <Fact label={t('comp.statements.openCredits')}>
            <Text fw={700} c={statement.openCredits.length > 0 ? 'orange' : 'dimmed'} data-testid="statement-open">
              {statement.openCredits.length > 0
                ? t('comp.statements.openCreditsCount', { count: statement.openCredits.length })
                : t('comp.statements.openCreditsNone')}
            </Text>
          </Fact>
        </SimpleGrid>
      </Group>
    </Card>
  );
};

/** Approved and paid statements never change; say so, so nobody waits for an edit. */
export const FrozenNotice = ({ statement }: { statement: CompStatementDetail }) => {
  const { t } = useTranslation();
  if (statement.status !== 'approved' && statement.status !== 'paid') return null;
  return (
    <Alert variant="light" color="teal" icon={<IconLock size={18} />} className="pacer-no-print">
      {t('comp.statements.frozen')}
    </Alert>
  );
};

/** Credits of the period that made no line yet, and why. */
export const OpenCredits = ({ statement, context }: { statement: CompStatementDetail; context: ExplainContext }) => {
  const { t } = useTranslation();
  if (statement.openCredits.length === 0) return null;
  return (
    <Card p="md" data-testid="statement-open-credits">
      <Text fw={700} mb="xs">
        {t('comp.statements.openCreditsTitle')}
      </Text>
      <List size="sm" spacing={4}>
        {statement.openCredits.map((credit) => (
          <List.Item key={`${credit.dealId}-${credit.date}`}>
            {context.dealName(credit.dealId)} · {formatDay(credit.date)} ·{' '}
            <Text span fw={600} style={numericStyle}>
              {formatMoney(credit.amount, credit.currency)}
            </Text>{' '}
            — {t(`comp.statements.openReasons.${credit.reason}`)}
          </List.Item>
        ))}
      </List>
    </Card>
  );
};
