import { Anchor, Button, Card, Grid, Stack, Title } from '@mantine/core';
import type { Account } from '@pacer/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { formatCount, formatDate, formatMoney } from '../../lib/format';
import { useSession } from '../auth/session';
import { useCustomFieldRows } from '../custom-fields/custom-field-inputs';
import { RecordDrawer } from '../records/record-form';
import {
  ArchivedBadge,
  ArchivedNotice,
  FieldList,
  RecordHeader,
  RecordMenu,
  RecordPageState,
  useCanWrite,
} from '../records/record-page';
import { usePrefetchTimeline } from '../records/record-timeline';
import { usePrefetchRelated } from '../records/related-list';
import { AccountForm } from './account-form';
import { AccountRelated } from './account-related';
import { accountQuery } from './accounts-api';
import { KeyAccountMark } from './accounts-page';

const addressLines = (account: Account) =>
  [
    account.address.street,
    [account.address.postalCode, account.address.city].filter(Boolean).join(' '),
    account.address.region,
    account.address.country,
  ]
    .filter(Boolean)
    .join('\n');

const AccountDetails = ({ account }: { account: Account }) => {
  const { t } = useTranslation();
  const session = useSession();
  const custom = useCustomFieldRows('accounts', account.custom);
  return (
    <Card>
      <Title order={4} mb="sm">
        {t('records.page.details')}
      </Title>
      <FieldList
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
            value: account.parentAccountId ? (
              <AnchorLink to="/accounts/$accountId" params={{ accountId: account.parentAccountId }} size="sm">
                {account.parentAccountName}
              </AnchorLink>
            ) : null,
          },
          {
            label: t('records.form.address'),
            value: <span style={{ whiteSpace: 'pre-line' }}>{addressLines(account)}</span>,
          },
          { label: t('records.page.owner'), value: account.ownerName },
          ...custom,
          { label: t('records.page.created'), value: formatDate(account.createdAt) },
          { label: t('records.page.updated'), value: formatDate(account.updatedAt) },
          { label: t('records.page.externalId'), value: account.externalId, optional: true },
        ]}
      />
    </Card>
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
  const canWrite = useCanWrite();
  const [editing, setEditing] = useState(false);

  return (
    <RecordPageState query={account}>
      {(record) => (
        <>
          <RecordHeader
            back={{ to: '/accounts', label: t('accounts.title') }}
            title={record.name}
            subtitle={[record.industry, record.address.city, record.address.country].filter(Boolean).join(' · ')}
            badges={
              <>
                {record.isKeyAccount ? <KeyAccountMark label={t('accounts.fields.keyAccount')} /> : null}
                <ArchivedBadge archivedAt={record.archivedAt} />
              </>
            }
            actions={
              canWrite ? (
                <>
                  <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                    {t('actions.edit')}
                  </Button>
                  <RecordMenu type="accounts" record={record} name={record.name} />
                </>
              ) : null
            }
          />
          <ArchivedNotice archivedAt={record.archivedAt} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="lg">
                <AccountDetails account={record} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <AccountRelated account={record} />
            </Grid.Col>
          </Grid>
          <RecordDrawer
            target={editing ? record : null}
            title={t('accounts.form.editTitle')}
            formKey={(target) => target.updatedAt}
            onClose={() => setEditing(false)}
          >
            {(target) => (
              <AccountForm account={target} onCancel={() => setEditing(false)} onDone={() => setEditing(false)} />
            )}
          </RecordDrawer>
        </>
      )}
    </RecordPageState>
  );
};
