import { ThemeIcon, Tooltip } from '@mantine/core';
import type { Account } from '@pacer/core';
import { IconStarFilled } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import { useSession } from '../auth/session';
import { moneyCell, textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
import { createdColumn, nameColumn, ownerColumn, updatedColumn } from '../records/shared-columns';

/** The star of a key account. */
export const KeyAccountMark = ({ label }: { label: string }) => (
  <Tooltip label={label}>
    <ThemeIcon size={18} variant="transparent" color="yellow" aria-label={label} style={{ flex: 'none' }}>
      <IconStarFilled size={13} />
    </ThemeIcon>
  </Tooltip>
);

/** Every column an account list can show. */
export const useAccountColumns = (): ColumnDef<Account>[] => {
  const { t } = useTranslation();
  const session = useSession();
  return useMemo(
    () => [
      nameColumn<Account>('accounts', t('records.fields.name'), {
        subtitle: (account) => account.domain,
        badge: (account) => (account.isKeyAccount ? <KeyAccountMark label={t('accounts.fields.keyAccount')} /> : null),
      }),
      {
        id: 'industry',
        label: t('accounts.fields.industry'),
        default: true,
        render: (a) => textCell(a.industry),
      },
      {
        id: 'city',
        label: t('records.form.city'),
        default: true,
        render: (a) => textCell(a.address.city),
      },
      { id: 'country', label: t('records.form.country'), render: (a) => textCell(a.address.country) },
      {
        id: 'regionName',
        exportKeys: ['region'],
        label: t('accounts.fields.region'),
        render: (a) => textCell(a.regionName),
      },
      {
        id: 'employees',
        label: t('accounts.fields.employees'),
        sortKey: 'employees',
        align: 'right',
        default: true,
        render: (a) => textCell(a.employees === null ? null : formatCount(a.employees)),
      },
      {
        id: 'annualRevenue',
        label: t('accounts.fields.annualRevenue'),
        sortKey: 'annualRevenue',
        align: 'right',
        default: true,
        render: (a) => moneyCell(a.annualRevenue, session.org.currency),
      },
      {
        id: 'parentAccountName',
        exportKeys: ['parentAccount'],
        label: t('accounts.fields.parent'),
        render: (a) => textCell(a.parentAccountName),
      },
      ownerColumn(t),
      createdColumn(t),
      { ...updatedColumn(t), default: true },
    ],
    [t, session.org.currency],
  );
};
