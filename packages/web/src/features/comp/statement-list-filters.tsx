import { Button, Card, Group, Select } from '@mantine/core';
import { type CompStatementStatus, compStatementStatuses, localDateOf } from '@pacer/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/format';
import { useSession } from '../auth/session';
import { MemberPicker } from '../people/member-picker';
import { recentPeriods, runPeriodKinds } from './comp-run-periods';
import { payoutExportUrl } from './statement-api';

/** The list's filters as the URL keeps them: a period as "start..end", a status, a rep. */
export interface StatementSearch {
  period?: string | undefined;
  status?: CompStatementStatus | undefined;
  repId?: string | undefined;
}

/** "2026-07-01..2026-09-30" as the API's period filter. */
export const periodOfSearch = (period: string | undefined) => {
  const [periodStart, periodEnd] = period?.split('..') ?? [];
  return periodStart && periodEnd ? { periodStart, periodEnd } : null;
};

/** The recent quarters and months, grouped, each with its days. */
const usePeriodOptions = () => {
  const { t, i18n } = useTranslation();
  const { org } = useSession();
  const today = localDateOf(new Date(), org.timeZone);
  return useMemo(
    () =>
      runPeriodKinds.map((kind) => ({
        group: t(`comp.run.kinds.${kind}`),
        items: recentPeriods(kind, today, org.fiscalYearStartMonth, t, i18n.language, 8).map((period) => ({
          value: `${period.start}..${period.end}`,
          label: `${period.label} (${formatDay(period.start)} – ${formatDay(period.end)})`,
        })),
      })),
    [today, org.fiscalYearStartMonth, t, i18n.language],
  );
};

interface FiltersProps {
  search: StatementSearch;
  repName: string | null;
  onChange: (change: StatementSearch, repName?: string | null) => void;
}

/** Period, status and (for managers and admins) rep. */
export const StatementFilters = ({ search, repName, onChange }: FiltersProps) => {
  const { t } = useTranslation();
  const { member } = useSession();
  const periods = usePeriodOptions();
  return (
    <Card mb="lg" p="md" className="pacer-no-print">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          style={{ flex: '1 1 18rem' }}
          label={t('comp.statements.period')}
          placeholder={t('comp.statements.allPeriods')}
          data={periods}
          value={search.period ?? null}
          onChange={(period) => onChange({ period: period ?? undefined })}
          clearable
          data-testid="statement-filter-period"
        />
        <Select
          style={{ flex: '0 1 12rem' }}
          label={t('comp.statements.status')}
          placeholder={t('comp.statements.allStatuses')}
          data={compStatementStatuses.map((status) => ({
            value: status,
            label: t(`comp.statements.statuses.${status}`),
          }))}
          value={search.status ?? null}
          onChange={(status) => onChange({ status: (status as CompStatementStatus | null) ?? undefined })}
          clearable
          data-testid="statement-filter-status"
        />
        {member.role === 'rep' ? null : (
          <MemberPicker
            style={{ flex: '1 1 14rem' }}
            label={t('comp.statements.rep')}
            placeholder={t('comp.statements.allReps')}
            value={search.repId ?? null}
            selectedName={repName}
            onChange={(repId, name) => onChange({ repId: repId ?? undefined }, name)}
            data-testid="statement-filter-rep"
          />
        )}
      </Group>
    </Card>
  );
};

/** Admins: the payroll export of the period picked (approved and paid statements). */
export const PayoutExport = ({ period }: { period: string | undefined }) => {
  const { t } = useTranslation();
  const range = periodOfSearch(period);
  if (!range) return null;
  return (
    <>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={payoutExportUrl(format, range.periodStart, range.periodEnd)}
          download
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          data-testid={`statement-export-${format}`}
        >
          {t(format === 'csv' ? 'comp.statements.exportCsv' : 'comp.statements.exportXlsx')}
        </Button>
      ))}
    </>
  );
};
