import { IconAddressBook } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { useCreateRecord } from '../records/create-record';
import type { FilterDef } from '../records/record-filters';
import { useOpenRecord } from '../records/record-links';
import { RecordList } from '../records/record-list';
import { useContactColumns } from './contact-columns';
import { ContactForm } from './contact-form';

/** Every contact the person may see, as a list to filter, sort, save and export. */
export const ContactsPage = () => {
  const { t } = useTranslation();
  const openRecord = useOpenRecord();
  const columns = useContactColumns();
  const filters = useMemo<FilterDef[]>(
    () => [
      { kind: 'record', key: 'accountId', label: t('records.fields.account'), recordType: 'accounts' },
      { kind: 'yesNo', key: 'isInfluencer', label: t('contacts.fields.influencer') },
    ],
    [t],
  );
  const create = useCreateRecord({
    label: t('contacts.new'),
    title: t('contacts.form.createTitle'),
    testId: 'create-contact',
    form: (close) => (
      <ContactForm
        contact={null}
        onCancel={close}
        onDone={(contact) => {
          close();
          openRecord('contacts', contact.id);
        }}
      />
    ),
  });

  return (
    <>
      <PageHeader title={t('contacts.title')} description={t('contacts.subtitle')} actions={create.button} />
      <RecordList
        type="contacts"
        columns={columns}
        filters={filters}
        defaultSort="name"
        nameOf={(contact) => contact.name}
        onOpen={(contact) => openRecord('contacts', contact.id)}
        emptyIcon={<IconAddressBook size={28} />}
        emptyAction={create.button}
      />
      {create.drawer}
    </>
  );
};
