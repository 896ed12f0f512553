import type { Account, Contact, Deal, Estimate } from '@pacer/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActivitiesTab } from '../activities/activities-tab';
import { useContactColumns } from '../contacts/contact-columns';
import { ContactForm } from '../contacts/contact-form';
import { useDealColumns } from '../deals/deal-columns';
import { DealForm } from '../deals/deal-form';
import { useEstimateColumns } from '../estimates/estimate-columns';
import { useCreateRecord } from '../records/create-record';
import { pickColumns } from '../records/record-columns';
import { useOpenRecord } from '../records/record-links';
import { RecordTabs } from '../records/record-tabs';
import { useRelatedTab } from '../records/related-list';

/** What belongs to an account and what happened to it, in tabs: timeline, contacts, deals, estimates, activities. */
export const AccountRelated = ({ account }: { account: Account }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openRecord = useOpenRecord();
  const filter = { accountId: account.id };
  const atAccount = { accountId: account.id, accountName: account.name };
  const addContact = useCreateRecord({
    label: t('accounts.page.addContact'),
    title: t('contacts.form.createTitle'),
    compact: true,
    form: (close) => <ContactForm contact={null} defaults={atAccount} onCancel={close} onDone={close} />,
  });
  const addDeal = useCreateRecord({
    label: t('accounts.page.addDeal'),
    title: t('deals.form.createTitle'),
    compact: true,
    form: (close) => (
      <DealForm
        deal={null}
        defaults={atAccount}
        onCancel={close}
        onDone={(deal) => {
          close();
          openRecord('deals', deal.id);
        }}
      />
    ),
  });
  // All related lists start at once, beside the account and its timeline: no waterfall.
  const tabs = [
    useRelatedTab<Contact>({
      type: 'contacts',
      filter,
      label: t('nav.contacts'),
      columns: pickColumns(useContactColumns(), ['name', 'title', 'email', 'phone']),
      onOpen: (contact) => openRecord('contacts', contact.id),
      action: addContact.button,
    }),
    useRelatedTab<Deal>({
      type: 'deals',
      filter,
      label: t('nav.deals'),
      columns: pickColumns(useDealColumns(), ['name', 'stageName', 'amount', 'expectedCloseDate']),
      onOpen: (deal) => openRecord('deals', deal.id),
      action: addDeal.button,
    }),
    useRelatedTab<Estimate>({
      type: 'estimates',
      filter,
      label: t('nav.estimates'),
      columns: pickColumns(useEstimateColumns(), ['number', 'productLineName', 'status', 'amount', 'estimateDate']),
      onOpen: () => void navigate({ to: '/estimates', search: filter }),
    }),
    useActivitiesTab(filter),
  ];

  return (
    <>
      <RecordTabs type="accounts" id={account.id} tabs={tabs} />
      {addContact.drawer}
      {addDeal.drawer}
    </>
  );
};
