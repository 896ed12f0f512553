import { IconBuilding } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { treeOptions } from '../../components/tree-list';
import { useCreateRecord } from '../records/create-record';
import type { FilterDef } from '../records/record-filters';
import { useOpenRecord } from '../records/record-links';
import { RecordList } from '../records/record-list';
import { regionsQuery } from '../regions/regions-api';
import { useAccountColumns } from './account-columns';
import { AccountForm } from './account-form';

/** Every account the person may see, as a list to filter, sort, save and export. */
export const AccountsPage = () => {
  const { t } = useTranslation();
  const openRecord = useOpenRecord();
  const regions = useQuery(regionsQuery);
  const columns = useAccountColumns();
  const filters = useMemo<FilterDef[]>(
    () => [
      { kind: 'text', key: 'industry', label: t('accounts.fields.industry') },
      { kind: 'select', key: 'regionId', label: t('accounts.fields.region'), options: treeOptions(regions.data ?? []) },
      { kind: 'yesNo', key: 'isKeyAccount', label: t('accounts.fields.keyAccount') },
    ],
    [t, regions.data],
  );
  const create = useCreateRecord({
    label: t('accounts.new'),
    title: t('accounts.form.createTitle'),
    testId: 'create-account',
    form: (close) => (
      <AccountForm
        account={null}
        onCancel={close}
        onDone={(account) => {
          close();
          openRecord('accounts', account.id);
        }}
      />
    ),
  });

  return (
    <>
      <PageHeader title={t('accounts.title')} description={t('accounts.subtitle')} actions={create.button} />
      <RecordList
        type="accounts"
        columns={columns}
        filters={filters}
        defaultSort="name"
        nameOf={(account) => account.name}
        onOpen={(account) => openRecord('accounts', account.id)}
        emptyIcon={<IconBuilding size={28} />}
        emptyAction={create.button}
      />
      {create.drawer}
    </>
  );
};
