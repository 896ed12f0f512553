import { Group, Text } from '@mantine/core';
import type { Deal } from '@pacer/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayCell, textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
import {
  amountColumn,
  createdColumn,
  linkColumn,
  nameColumn,
  ownerColumn,
  updatedColumn,
} from '../records/shared-columns';
import { StageKindBadge } from '../records/vocab';

/** A deal's stage as a badge coloured by its kind (open, won, lost). */
export const StageBadge = ({ deal }: { deal: Pick<Deal, 'stageName' | 'stageKind'> }) => {
  const { t } = useTranslation();
  return <StageKindBadge t={t} kind={deal.stageKind} label={deal.stageName} />;
};

/** Every column a deal list can show. */
export const useDealColumns = (): ColumnDef<Deal>[] => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      nameColumn<Deal>('deals', t('records.fields.name'), { subtitle: (deal) => deal.accountName }),
      linkColumn<Deal>('accounts', t('records.fields.account'), (d) => ({ id: d.accountId, name: d.accountName })),
      {
        id: 'stageName',
        exportKeys: ['stage'],
        label: t('deals.fields.stage'),
        sortKey: 'stage',
        default: true,
        render: (d) => (
          <Group gap={6} wrap="nowrap">
            <StageBadge deal={d} />
            {d.stageKind === 'open' ? (
              <Text size="xs" c="dimmed">
                {d.probability} %
              </Text>
            ) : null}
          </Group>
        ),
      },
      amountColumn(t),
      {
        id: 'expectedCloseDate',
        label: t('deals.fields.expectedCloseDate'),
        sortKey: 'expectedCloseDate',
        default: true,
        render: (d) => dayCell(d.expectedCloseDate),
      },
      {
        id: 'closedOn',
        label: t('deals.fields.closedOn'),
        sortKey: 'closedOn',
        render: (d) => dayCell(d.closedOn),
      },
      {
        id: 'probability',
        label: t('deals.fields.probability'),
        align: 'right',
        render: (d) => textCell(`${d.probability} %`),
      },
      { id: 'lostReason', label: t('deals.fields.lostReason'), render: (d) => textCell(d.lostReason) },
      { id: 'competitor', label: t('deals.fields.competitor'), render: (d) => textCell(d.competitor) },
      ownerColumn(t),
      createdColumn(t),
      updatedColumn(t),
    ],
    [t],
  );
};
