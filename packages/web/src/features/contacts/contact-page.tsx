import type { Contact } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useActivitiesTab } from '../activities/activities-tab';
import { addressRow, RecordDetails } from '../records/record-details';
import { channelList, linkedRecord } from '../records/record-links';
import { RecordPageLayout, RecordPageState } from '../records/record-page';
import { RecordTabs } from '../records/record-tabs';
import { usePrefetchTimeline } from '../records/record-timeline';
import { usePrefetchRelated } from '../records/related-list';
import { InfluencerBadge } from './contact-columns';
import { ContactForm } from './contact-form';
import { contactQuery } from './contacts-api';

const ContactDetails = ({ contact }: { contact: Contact }) => {
  const { t } = useTranslation();
  return (
    <RecordDetails
      type="contacts"
      record={contact}
      fields={[
        { label: t('records.fields.jobTitle'), value: contact.title },
        {
          label: t('records.fields.account'),
          value: linkedRecord('accounts', contact.accountId, contact.accountName, { size: 'sm' }),
        },
        {
          label: t('contacts.fields.emails'),
          value: channelList(
            'email',
            contact.emails.map((e) => ({ value: e.email, label: e.label })),
          ),
        },
        {
          label: t('contacts.fields.phones'),
          value: channelList(
            'phone',
            contact.phones.map((p) => ({ value: p.phone, label: p.label })),
          ),
        },
        addressRow(t, contact.address),
      ]}
    />
  );
};

const ContactRelated = ({ contact }: { contact: Contact }) => {
  const activities = useActivitiesTab({ contactId: contact.id });
  return <RecordTabs type="contacts" id={contact.id} tabs={[activities]} />;
};

/** One contact: how to reach them, where they work, and what happened with them. */
export const ContactPage = () => {
  const { t } = useTranslation();
  const { contactId } = useParams({ from: '/app/contacts/$contactId' });
  const contact = useQuery(contactQuery(contactId));
  usePrefetchTimeline('contacts', contactId);
  usePrefetchRelated('activities', { contactId });

  return (
    <RecordPageState query={contact}>
      {(record) => (
        <RecordPageLayout
          type="contacts"
          record={record}
          back={{ to: '/contacts', label: t('contacts.title') }}
          subtitle={[record.title, record.accountName].filter(Boolean).join(' · ')}
          badges={record.isInfluencer ? <InfluencerBadge label={t('contacts.fields.influencer')} /> : null}
          editTitle={t('contacts.form.editTitle')}
          editForm={(target, close) => <ContactForm contact={target} onCancel={close} onDone={close} />}
          aside={<ContactDetails contact={record} />}
          main={<ContactRelated contact={record} />}
        />
      )}
    </RecordPageState>
  );
};
