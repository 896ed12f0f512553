import { Anchor, Badge } from '@mantine/core';
import type { Contact } from '@pacer/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { dateCell, NameCell, personCell, textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';

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
        id: 'name',
        exportKeys: ['firstName', 'lastName'],
        label: t('contacts.fields.name'),
        primary: true,
        sortKey: 'name',
        minWidth: 200,
        render: (contact) => (
          <NameCell
            title={
              <AnchorLink to="/contacts/$contactId" params={{ contactId: contact.id }} inherit c="inherit">
                {contact.name}
              </AnchorLink>
            }
            subtitle={contact.title}
            badge={contact.isInfluencer ? <InfluencerBadge label={t('contacts.fields.influencer')} /> : null}
          />
        ),
      },
      { id: 'title', label: t('contacts.fields.title'), render: (c) => textCell(c.title) },
      {
        id: 'accountName',
        exportKeys: ['account'],
        label: t('contacts.fields.account'),
        default: true,
        render: (c) =>
          c.accountId ? (
            <AnchorLink to="/accounts/$accountId" params={{ accountId: c.accountId }} size="sm" c="inherit">
              {c.accountName}
            </AnchorLink>
          ) : null,
      },
      {
        id: 'email',
        label: t('contacts.fields.email'),
        default: true,
        render: (c) =>
          c.emails[0] ? (
            <Anchor href={`mailto:${c.emails[0].email}`} size="sm" c="inherit">
              {c.emails[0].email}
            </Anchor>
          ) : null,
      },
      {
        id: 'phone',
        label: t('contacts.fields.phone'),
        default: true,
        render: (c) =>
          c.phones[0] ? (
            <Anchor
              href={`tel:${c.phones[0].phone.replace(/[^+\d]/g, '')}`}
              size="sm"
              c="inherit"
              style={{ whiteSpace: 'nowrap' }}
            >
              {c.phones[0].phone}
            </Anchor>
          ) : null,
      },
      { id: 'city', label: t('contacts.fields.city'), render: (c) => textCell(c.address.city) },
      {
        id: 'ownerName',
        label: t('contacts.fields.owner'),
        default: true,
        render: (c) => personCell(c.ownerName),
      },
      {
        id: 'createdAt',
        label: t('contacts.fields.created'),
        sortKey: 'createdAt',
        render: (c) => dateCell(c.createdAt),
      },
      {
        id: 'updatedAt',
        label: t('contacts.fields.updated'),
        sortKey: 'updatedAt',
        render: (c) => dateCell(c.updatedAt),
      },
    ],
    [t],
  );
};
