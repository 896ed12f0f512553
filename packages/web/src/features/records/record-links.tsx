import { Anchor, type AnchorProps, Group, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { AnchorLink } from '../../components/anchor-link';

/** The record types that have a page of their own. */
export type RecordPageType = 'accounts' | 'contacts' | 'leads' | 'deals';

/** How a record link looks: the anchor's size, colour and weight. */
export type RecordLinkLook = Pick<AnchorProps, 'size' | 'c' | 'fw' | 'inherit' | 'truncate'>;

interface RecordLinkProps extends RecordLinkLook {
  type: RecordPageType;
  id: string;
  children: ReactNode;
}

/** One record of a type, as the words and the export name it ("account"). */
export const recordTypeSingular = {
  accounts: 'account',
  contacts: 'contact',
  leads: 'lead',
  deals: 'deal',
} as const satisfies Record<RecordPageType, string>;

/** A link to a record's page. */
export const RecordLink = ({ type, id, children, ...anchor }: RecordLinkProps) => {
  switch (type) {
    case 'accounts':
      return (
        <AnchorLink to="/accounts/$accountId" params={{ accountId: id }} {...anchor}>
          {children}
        </AnchorLink>
      );
    case 'contacts':
      return (
        <AnchorLink to="/contacts/$contactId" params={{ contactId: id }} {...anchor}>
          {children}
        </AnchorLink>
      );
    case 'leads':
      return (
        <AnchorLink to="/leads/$leadId" params={{ leadId: id }} {...anchor}>
          {children}
        </AnchorLink>
      );
    case 'deals':
      return (
        <AnchorLink to="/deals/$dealId" params={{ dealId: id }} {...anchor}>
          {children}
        </AnchorLink>
      );
  }
};

/** Open a record's page (after a click on its row, or once it is created). */
export const useOpenRecord = () => {
  const navigate = useNavigate();
  return (type: RecordPageType, id: string): void => {
    switch (type) {
      case 'accounts':
        void navigate({ to: '/accounts/$accountId', params: { accountId: id } });
        return;
      case 'contacts':
        void navigate({ to: '/contacts/$contactId', params: { contactId: id } });
        return;
      case 'leads':
        void navigate({ to: '/leads/$leadId', params: { leadId: id } });
        return;
      case 'deals':
        void navigate({ to: '/deals/$dealId', params: { dealId: id } });
        return;
    }
  };
};

/** A linked record in a list cell or a details row: its name, or nothing when there is no link. */
export const linkedRecord = (
  type: RecordPageType,
  id: string | null | undefined,
  name: ReactNode,
  anchor: RecordLinkLook = { size: 'sm', c: 'inherit' },
): ReactNode =>
  id ? (
    <RecordLink type={type} id={id} {...anchor}>
      {name}
    </RecordLink>
  ) : null;

export const mailtoHref = (email: string): string => `mailto:${email}`;

/** A dialable `tel:` address: the digits and a leading plus, nothing else. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^+\d]/g, '')}`;

/**
 * E-mail addresses or phone numbers as links, each with its label ("work", "mobile") beside it;
 * nothing when there are none, so a details row shows its quiet dash.
 */
export const channelList = (kind: 'email' | 'phone', entries: { value: string; label?: string | null }[]): ReactNode =>
  entries.length === 0 ? null : (
    <Stack gap={2}>
      {entries.map((entry) => (
        <Group key={entry.value} gap={6} wrap="nowrap">
          <Anchor
            href={kind === 'email' ? mailtoHref(entry.value) : telHref(entry.value)}
            size="sm"
            style={{ overflowWrap: 'anywhere' }}
          >
            {entry.value}
          </Anchor>
          {entry.label ? (
            <Text size="xs" c="dimmed">
              {entry.label}
            </Text>
          ) : null}
        </Group>
      ))}
    </Stack>
  );
