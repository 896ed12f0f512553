import { Badge } from '@mantine/core';
import type { CompStatementStatus } from '@pacer/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoney } from '../../lib/format';

const colors: Record<CompStatementStatus, string> = {
  draft: 'gray',
  reviewed: 'blue',
  approved: 'teal',
  paid: 'green',
};

/** Where a statement stands: draft → reviewed → approved → paid. */
export const StatementStatusBadge = ({ status, size = 'sm' }: { status: CompStatementStatus; size?: 'sm' | 'lg' }) => {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      color={colors[status]}
      variant={status === 'draft' ? 'outline' : 'light'}
      data-testid="statement-status"
      data-status={status}
    >
      {t(`comp.statements.statuses.${status}`)}
    </Badge>
  );
};

/** A statement's total, one amount per currency ("—" when it pays nothing yet). */
export const formatTotals = (totals: readonly { amount: string; currency: string }[]): string =>
  totals.length === 0 ? '—' : totals.map((total) => formatMoney(total.amount, total.currency)).join(' · ');

/** A statement's period as the reader writes days. */
export const formatPeriod = (t: TFunction, start: string, end: string): string =>
  t('comp.statements.periodRange', { from: formatDay(start), to: formatDay(end) });

/** Numbers in columns line up digit by digit and never wrap. */
export const numericStyle = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
