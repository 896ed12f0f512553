import type { Estimate } from '@pacer/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayCell, NameCell, textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
import { amountColumn, createdColumn, linkColumn, ownerColumn } from '../records/shared-columns';
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
        ...linkColumn<Estimate>('accounts', t('records.fields.account'), (e) => ({
          id: e.accountId,
          name: e.accountName,
        })),
        default: true,
      },
      {
        id: 'productLineName',
        exportKeys: ['productLine'],
        label: t('records.fields.productLine'),
        default: true,
        render: (e) => textCell(e.productLineName),
      },
      {
        id: 'status',
        label: t('estimates.fields.status'),
        default: true,
        render: (e) => <EstimateStatusBadge t={t} status={e.status} />,
      },
      amountColumn(t),
      {
        id: 'estimateDate',
        label: t('estimates.fields.estimateDate'),
        sortKey: 'estimateDate',
        default: true,
        render: (e) => dayCell(e.estimateDate),
      },
      linkColumn<Estimate>('deals', t('records.fields.deal'), (e) => ({ id: e.dealId, name: e.dealName })),
      ownerColumn(t),
      createdColumn(t),
    ],
    [t],
  );
};
