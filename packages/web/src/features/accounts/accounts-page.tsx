import { Button, ThemeIcon, Tooltip } from '@mantine/core';
import type { Account } from '@pacer/core';
import { IconBuilding, IconPlus, IconStarFilled } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { PageHeader } from '../../components/page-header';
import { treeOptions } from '../../components/tree-list';
import { formatCount } from '../../lib/format';
import { useSession } from '../auth/session';
import { dateCell, moneyCell, NameCell, personCell, textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
import type { FilterDef } from '../records/record-filters';
import { RecordDrawer } from '../records/record-form';
import { RecordList } from '../records/record-list';
import { useCanWrite } from '../records/record-page';
import { regionsQuery } from '../regions/regions-api';
import { AccountForm } from './account-form';

/** The star of a key account. */
export const KeyAccountMark = ({ label }: { label: string }) => (
  <Tooltip label={label}>
    <ThemeIcon size={18} variant="transparent" color="yellow" aria-label={label} style={{ flex: 'none' }}>
      <IconStarFilled size={13} />
    </ThemeIcon>
  </Tooltip>
);

const useAccountColumns = (): ColumnDef<Account>[] => {
  const { t } = useTranslation();
  const session = useSession();
  return useMemo(
    () => [
      {
        id: 'name',
        label: t('accounts.fields.name'),
        primary: true,
        sortKey: 'name',
        minWidth: 220,
        render: (account) => (
          <NameCell
            title={
              <AnchorLink to="/accounts/$accountId" params={{ accountId: account.id }} inherit c="inherit">
                {account.name}
              </AnchorLink>
            }
            subtitle={account.domain}
            badge={account.isKeyAccount ? <KeyAccountMark label={t('accounts.fields.keyAccount')} /> : null}
          />
        ),
      },
      {
        id: 'industry',
        label: t('accounts.fields.industry'),
        default: true,
        render: (a) => textCell(a.industry),
      },
      {
        id: 'city',
        label: t('accounts.fields.city'),
        default: true,
        render: (a) => textCell(a.address.city),
      },
      { id: 'country', label: t('accounts.fields.country'), render: (a) => textCell(a.address.country) },
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
        render: (a) => moneyCell(a.annualRevenue, session.org.currency),
      },
      {
        id: 'parentAccountName',
        exportKeys: ['parentAccount'],
        label: t('accounts.fields.parent'),
        render: (a) => textCell(a.parentAccountName),
      },
      {
        id: 'ownerName',
        label: t('accounts.fields.owner'),
        default: true,
        render: (a) => personCell(a.ownerName),
      },
      {
        id: 'createdAt',
        label: t('accounts.fields.created'),
        sortKey: 'createdAt',
        render: (a) => dateCell(a.createdAt),
      },
      {
        id: 'updatedAt',
        label: t('accounts.fields.updated'),
        sortKey: 'updatedAt',
        default: true,
        render: (a) => dateCell(a.updatedAt),
      },
    ],
    [t, session.org.currency],
  );
};

/** Every account the person may see, as a list to filter, sort, save and export. */
export const AccountsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const regions = useQuery(regionsQuery);
  const [creating, setCreating] = useState(false);
  const columns = useAccountColumns();
  const filters = useMemo<FilterDef[]>(
    () => [
      { kind: 'text', key: 'industry', label: t('accounts.filters.industry') },
      {
        kind: 'select',
        key: 'regionId',
        label: t('accounts.filters.region'),
        options: treeOptions(regions.data ?? []),
      },
      { kind: 'yesNo', key: 'isKeyAccount', label: t('accounts.filters.keyAccount') },
    ],
    [t, regions.data],
  );
  const createButton = canWrite ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="create-account">
      {t('accounts.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('accounts.title')} description={t('accounts.subtitle')} actions={createButton} />
      <RecordList
        type="accounts"
        columns={columns}
        filters={filters}
        defaultSort="name"
        searchPlaceholder={t('accounts.search')}
        allLabel={t('accounts.all')}
        countLabel={(count) => t('accounts.count', { count })}
        nameOf={(account) => account.name}
        onOpen={(account) => void navigate({ to: '/accounts/$accountId', params: { accountId: account.id } })}
        empty={{
          icon: <IconBuilding size={28} />,
          title: t('accounts.empty.title'),
          description: t('accounts.empty.body'),
          action: createButton,
        }}
      />
      <RecordDrawer
        target={creating ? {} : null}
        title={t('accounts.form.createTitle')}
        formKey={() => 'new'}
        onClose={() => setCreating(false)}
      >
        {() => (
          <AccountForm
            account={null}
            onCancel={() => setCreating(false)}
            onDone={(account) => {
              setCreating(false);
              void navigate({ to: '/accounts/$accountId', params: { accountId: account.id } });
            }}
          />
        )}
      </RecordDrawer>
    </>
  );
};
