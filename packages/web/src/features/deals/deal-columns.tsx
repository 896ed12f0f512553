import { Group, Text } from '@mantine/core';
import type { Deal } from '@pacer/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { dateCell, dayCell, moneyCell, NameCell, personCell, textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
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
      {
        id: 'name',
        label: t('deals.fields.name'),
        primary: true,
        sortKey: 'name',
        minWidth: 220,
        render: (deal) => (
          <NameCell
            title={
              <AnchorLink to="/deals/$dealId" params={{ dealId: deal.id }} inherit c="inherit">
                {deal.name}
              </AnchorLink>
            }
            subtitle={deal.accountName}
          />
        ),
      },
      {
        id: 'accountName',
        exportKeys: ['account'],
        label: t('deals.fields.account'),
        render: (d) =>
          d.accountId ? (
            <AnchorLink to="/accounts/$accountId" params={{ accountId: d.accountId }} size="sm" c="inherit">
              {d.accountName}
            </AnchorLink>
          ) : null,
      },
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
      {
        id: 'amount',
        exportKeys: ['amount', 'currency'],
        label: t('deals.fields.amount'),
        sortKey: 'amount',
        align: 'right',
        default: true,
        render: (d) => moneyCell(d.amount, d.currency),
      },
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
      {
        id: 'ownerName',
        label: t('deals.fields.owner'),
        default: true,
        render: (d) => personCell(d.ownerName),
      },
      {
        id: 'createdAt',
        label: t('deals.fields.created'),
        sortKey: 'createdAt',
        render: (d) => dateCell(d.createdAt),
      },
      {
        id: 'updatedAt',
        label: t('deals.fields.updated'),
        sortKey: 'updatedAt',
        render: (d) => dateCell(d.updatedAt),
      },
    ],
    [t],
  );
};
