import { Anchor } from '@mantine/core';
import type { Account } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMoney } from '../../lib/format';
import { useSession } from '../auth/session';
import { addressRow, RecordDetails } from '../records/record-details';
import { linkedRecord } from '../records/record-links';
import { RecordPageLayout, RecordPageState } from '../records/record-page';
import { usePrefetchTimeline } from '../records/record-timeline';
import { usePrefetchRelated } from '../records/related-list';
import { KeyAccountMark } from './account-columns';
import { AccountForm } from './account-form';
import { AccountRelated } from './account-related';
import { accountQuery } from './accounts-api';

const AccountDetails = ({ account }: { account: Account }) => {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <RecordDetails
      type="accounts"
      record={account}
      fields={[
        {
          label: t('accounts.fields.domain'),
          value: account.domain ? (
            <Anchor href={`https://${account.domain}`} target="_blank" rel="noreferrer" size="sm">
              {account.domain}
            </Anchor>
          ) : null,
        },
        { label: t('accounts.fields.industry'), value: account.industry },
        {
          label: t('accounts.fields.employees'),
          value: account.employees === null ? null : formatCount(account.employees),
        },
        {
          label: t('accounts.fields.annualRevenue'),
          value: account.annualRevenue ? formatMoney(account.annualRevenue, session.org.currency) : null,
        },
        { label: t('accounts.fields.region'), value: account.regionName },
        {
          label: t('accounts.fields.parent'),
          value: linkedRecord('accounts', account.parentAccountId, account.parentAccountName, { size: 'sm' }),
        },
        addressRow(t, account.address),
      ]}
    />
  );
};

/** One account: its details, its people, deals, estimates and activities, and what happened. */
export const AccountPage = () => {
  const { t } = useTranslation();
  const { accountId } = useParams({ from: '/app/accounts/$accountId' });
  const account = useQuery(accountQuery(accountId));
  usePrefetchTimeline('accounts', accountId);
  for (const type of ['contacts', 'deals', 'estimates', 'activities'] as const) {
    // biome-ignore lint/correctness/useHookAtTopLevel: a fixed list, the same hooks on every render
    usePrefetchRelated(type, { accountId });
  }

  return (
    <RecordPageState query={account}>
      {(record) => (
        <RecordPageLayout
          type="accounts"
          record={record}
          back={{ to: '/accounts', label: t('accounts.title') }}
          subtitle={[record.industry, record.address.city, record.address.country].filter(Boolean).join(' · ')}
          badges={record.isKeyAccount ? <KeyAccountMark label={t('accounts.fields.keyAccount')} /> : null}
          editTitle={t('accounts.form.editTitle')}
          editForm={(target, close) => <AccountForm account={target} onCancel={close} onDone={close} />}
          aside={<AccountDetails account={record} />}
          main={<AccountRelated account={record} />}
        />
      )}
    </RecordPageState>
  );
};
