import { Button } from '@mantine/core';
import { IconAddressBook, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import type { FilterDef } from '../records/record-filters';
import { RecordDrawer } from '../records/record-form';
import { RecordList } from '../records/record-list';
import { useCanWrite } from '../records/record-page';
import { useContactColumns } from './contact-columns';
import { ContactForm } from './contact-form';

/** Every contact the person may see, as a list to filter, sort, save and export. */
export const ContactsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const [creating, setCreating] = useState(false);
  const columns = useContactColumns();
  const filters = useMemo<FilterDef[]>(
    () => [
      { kind: 'record', key: 'accountId', label: t('contacts.filters.account'), recordType: 'accounts' },
      { kind: 'yesNo', key: 'isInfluencer', label: t('contacts.filters.influencer') },
    ],
    [t],
  );
  const createButton = canWrite ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="create-contact">
      {t('contacts.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('contacts.title')} description={t('contacts.subtitle')} actions={createButton} />
      <RecordList
        type="contacts"
        columns={columns}
        filters={filters}
        defaultSort="name"
        searchPlaceholder={t('contacts.search')}
        allLabel={t('contacts.all')}
        countLabel={(count) => t('contacts.count', { count })}
        nameOf={(contact) => contact.name}
        onOpen={(contact) => void navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } })}
        empty={{
          icon: <IconAddressBook size={28} />,
          title: t('contacts.empty.title'),
          description: t('contacts.empty.body'),
          action: createButton,
        }}
      />
      <RecordDrawer
        target={creating ? {} : null}
        title={t('contacts.form.createTitle')}
        formKey={() => 'new'}
        onClose={() => setCreating(false)}
      >
        {() => (
          <ContactForm
            contact={null}
            onCancel={() => setCreating(false)}
            onDone={(contact) => {
              setCreating(false);
              void navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } });
            }}
          />
        )}
      </RecordDrawer>
    </>
  );
};
