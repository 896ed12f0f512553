import { Anchor, Group, Stack } from '@mantine/core';
import type { CompStatementDetail } from '@pacer/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { StatementActions } from './statement-actions';
import { StatementAdjustments } from './statement-adjustments';
import { statementQuery } from './statement-api';
import { StatementLines, useStatementContext } from './statement-lines';
import { formatPeriod } from './statement-status';
import { FrozenNotice, OpenCredits, StatementSummary } from './statement-summary';
import './statement-print.css';

const route = getRouteApi('/app/comp-statements/$statementId');

/** The loaded statement: header figures, lines by component with their questions, adjustments. */
const StatementBody = ({ statement }: { statement: CompStatementDetail }) => {
  const context = useStatementContext(statement);
  return (
    <Stack gap="lg">
      <StatementSummary statement={statement} />
      <FrozenNotice statement={statement} />
      <OpenCredits statement={statement} context={context} />
      <StatementLines statement={statement} context={context} />
      <StatementAdjustments adjustments={statement.adjustments} />
    </Stack>
  );
};

/** One rep's statement of one period, as they, their manager or an admin may see it. */
export const StatementPage = () => {
  const { t } = useTranslation();
  const { statementId } = route.useParams();
  const statement = useQuery(statementQuery(statementId));
  const data = statement.data;
  return (
    <div className="pacer-statement" data-testid="statement-page" data-status={data?.status}>
      {/* A wrapper: the anchor's inline display would beat the print rule. */}
      <div className="pacer-no-print">
        <Anchor component={Link} to="/comp-statements" size="sm" mb="sm" display="block">
          <Group gap={4} wrap="nowrap">
            <IconArrowLeft size={16} />
            {t('comp.statements.back')}
          </Group>
        </Anchor>
      </div>
      <PageHeader
        title={data ? data.repName : t('comp.statements.statement')}
        description={
          data ? `${t('comp.statements.statement')} · ${formatPeriod(t, data.periodStart, data.periodEnd)}` : undefined
        }
        actions={
          data ? (
            <Group gap="sm" className="pacer-no-print">
              <StatementActions statement={data} />
            </Group>
          ) : undefined
        }
      />
      {statement.isError ? (
        <QueryLoadError query={statement} />
      ) : !data ? (
        <RowsSkeleton rows={4} height={72} />
      ) : (
        <StatementBody statement={data} />
      )}
    </div>
  );
};
