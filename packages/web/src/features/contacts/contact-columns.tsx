import { Badge } from '@mantine/core';
import type { Contact } from '@pacer/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
import {
  channelCell,
  createdColumn,
  linkColumn,
  nameColumn,
  ownerColumn,
  updatedColumn,
} from '../records/shared-columns';

/** A contact's influencer mark. */
export const InfluencerBadge = ({ label }: { label: string }) => (
  <Badge size="xs" variant="light" color="grape" style={{ flex: 'none' }}>
    {label}
  </Badge>
);

/** Every column a contact list can show. */
export const useContactColumns = (): ColumnDef<Contact>[] => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      {
        ...nameColumn<Contact>('contacts', t('records.fields.name'), {
          minWidth: 200,
          subtitle: (contact) => contact.title,
          badge: (contact) =>
            contact.isInfluencer ? <InfluencerBadge label={t('contacts.fields.influencer')} /> : null,
        }),
        exportKeys: ['firstName', 'lastName'],
      },
      { id: 'title', label: t('records.fields.jobTitle'), render: (c) => textCell(c.title) },
      {
        ...linkColumn<Contact>('accounts', t('records.fields.account'), (c) => ({
          id: c.accountId,
          name: c.accountName,
        })),
        default: true,
      },
      {
        id: 'email',
        label: t('records.fields.email'),
        default: true,
        render: (c) => channelCell('email', c.emails[0]?.email),
      },
      {
        id: 'phone',
        label: t('records.fields.phone'),
        default: true,
        render: (c) => channelCell('phone', c.phones[0]?.phone),
      },
      { id: 'city', label: t('records.form.city'), render: (c) => textCell(c.address.city) },
      ownerColumn(t),
      createdColumn(t),
      updatedColumn(t),
    ],
    [t],
  );
};
