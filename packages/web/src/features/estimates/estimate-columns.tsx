import type { Estimate } from '@pacer/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { dateCell, dayCell, moneyCell, NameCell, personCell, textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
import { EstimateStatusBadge } from '../records/vocab';

/** Every column an estimate list can show. */
export const useEstimateColumns = (): ColumnDef<Estimate>[] => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      {
        id: 'number',
        label: t('estimates.fields.number'),
        primary: true,
        minWidth: 180,
        render: (estimate) => (
          <NameCell title={estimate.number ?? estimate.productLineName} subtitle={estimate.accountName} />
        ),
      },
      {
        id: 'accountName',
        exportKeys: ['account'],
        label: t('estimates.fields.account'),
        default: true,
        render: (e) => (
          <AnchorLink to="/accounts/$accountId" params={{ accountId: e.accountId }} size="sm" c="inherit">
            {e.accountName}
          </AnchorLink>
        ),
      },
      {
        id: 'productLineName',
        exportKeys: ['productLine'],
        label: t('estimates.fields.productLine'),
        default: true,
        render: (e) => textCell(e.productLineName),
      },
      {
        id: 'status',
        label: t('estimates.fields.status'),
        default: true,
        render: (e) => <EstimateStatusBadge t={t} status={e.status} />,
      },
      {
        id: 'amount',
        exportKeys: ['amount', 'currency'],
        label: t('estimates.fields.amount'),
        sortKey: 'amount',
        align: 'right',
        default: true,
        render: (e) => moneyCell(e.amount, e.currency),
      },
      {
        id: 'estimateDate',
        label: t('estimates.fields.estimateDate'),
        sortKey: 'estimateDate',
        default: true,
        render: (e) => dayCell(e.estimateDate),
      },
      {
        id: 'dealName',
        exportKeys: ['deal'],
        label: t('estimates.fields.deal'),
        render: (e) =>
          e.dealId ? (
            <AnchorLink to="/deals/$dealId" params={{ dealId: e.dealId }} size="sm" c="inherit">
              {e.dealName}
            </AnchorLink>
          ) : null,
      },
      {
        id: 'ownerName',
        label: t('estimates.fields.owner'),
        default: true,
        render: (e) => personCell(e.ownerName),
      },
      {
        id: 'createdAt',
        label: t('estimates.fields.created'),
        sortKey: 'createdAt',
        render: (e) => dateCell(e.createdAt),
      },
    ],
    [t],
  );
};
