import { Button, Group, Stack, Text } from '@mantine/core';
import type { CompStatementDetail } from '@pacer/core';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../records/record-details';
import { EarningLines } from './comp-earning-lines';
import type { ExplainContext } from './comp-explanation';
import { useCompNames } from './comp-format';
import { namesOfLines, useDealNames } from './comp-run-lines';
import { LineInquiries } from './statement-inquiry';
import { formatTotals, numericStyle } from './statement-status';

type LineGroup = CompStatementDetail['groups'][number];

/** Lines shown per component before "show all": a busy rep's quarter has hundreds of commission lines. */
const firstLines = 50;

/** The component's name in the plan it came from ("Commission · Base commission"). */
const groupTitle = (group: LineGroup, statement: CompStatementDetail, kindLabel: string): string => {
  const versionId = group.lines[0]?.planVersionId;
  const plan = statement.plans.find((candidate) => candidate.versionId === versionId);
  const name = plan?.components.find((component) => component.id === group.componentId)?.name;
  return name && name !== kindLabel ? `${kindLabel} · ${name}` : kindLabel;
};

/** One component's lines, each explained, with the questions on it, and the component's subtotal. */
const ComponentGroup = ({
  group,
  statement,
  context,
}: {
  group: LineGroup;
  statement: CompStatementDetail;
  context: ExplainContext;
}) => {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  // Printing shows every line: the paper has no "show all" button. Flushed, so the print sees them.
  useEffect(() => {
    const expand = () => flushSync(() => setShowAll(true));
    window.addEventListener('beforeprint', expand);
    return () => window.removeEventListener('beforeprint', expand);
  }, []);
  const rows = group.lines.map((line) => ({ ...line, key: String(line.position) }));
  const shown = showAll ? rows : rows.slice(0, firstLines);
  return (
    <SectionCard
      title={groupTitle(group, statement, t(`comp.terms.kinds.${group.componentKind as 'commission'}`))}
      action={
        <Text fw={700} style={numericStyle} data-testid="statement-group-total">
          {t('comp.statements.subtotal', { amount: formatTotals(group.totals) })}
        </Text>
      }
      testId="statement-group"
    >
      <div data-kind={group.componentKind}>
        <EarningLines
          lines={shown}
          context={context}
          footer={(line) => {
            const full = rows.find((row) => row.key === line.key);
            return full ? <LineInquiries statement={statement} line={full} /> : null;
          }}
        />
      </div>
      {shown.length < rows.length ? (
        <Button variant="subtle" size="compact-sm" mt="sm" onClick={() => setShowAll(true)} className="pacer-no-print">
          {t('comp.run.showAll', { count: rows.length })}
        </Button>
      ) : null}
    </SectionCard>
  );
};

/** The names a statement's explanations need: product lines, products, goals, and its deals (lines and open credits). */
export const useStatementContext = (statement: CompStatementDetail): ExplainContext => {
  const { t } = useTranslation();
  const names = useCompNames(t);
  const known = namesOfLines(statement.groups.flatMap((group) => group.lines));
  // Only open credits' deals are looked up: each line carries its deal's name.
  const dealIds = [...new Set(statement.openCredits.map((credit) => credit.dealId))].filter((id) => !known.has(id));
  const others = useDealNames(statement, dealIds, dealIds.length > 0);
  return { t, names, dealName: (id) => known.get(id) ?? others(id) };
};

/** A statement's lines grouped by component, in the engine's order. */
export const StatementLines = ({ statement, context }: { statement: CompStatementDetail; context: ExplainContext }) => {
  const { t } = useTranslation();
  if (statement.groups.length === 0) {
    return (
      <Group>
        <Text size="sm" c="dimmed">
          {t('comp.statements.noLines')}
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap="lg" data-testid="statement-lines">
      {statement.groups.map((group) => (
        <ComponentGroup
          key={`${group.componentKind}-${group.componentId}`}
          group={group}
          statement={statement}
          context={context}
        />
      ))}
    </Stack>
  );
};
