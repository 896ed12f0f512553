import { Anchor, Button, Card, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import type { Activity, Contact } from '@pacer/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { formatDate } from '../../lib/format';
import { useActivityColumns } from '../activities/activity-columns';
import { ActivityDrawer } from '../activities/activity-drawer';
import { useCustomFieldRows } from '../custom-fields/custom-field-inputs';
import { pickColumns } from '../records/record-columns';
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
import { RecordTimeline, usePrefetchTimeline } from '../records/record-timeline';
import { RelatedList, relatedCount, usePrefetchRelated, useRelated } from '../records/related-list';
import { InfluencerBadge } from './contact-columns';
import { ContactForm } from './contact-form';
import { contactQuery } from './contacts-api';

const Channels = ({
  entries,
  href,
}: {
  entries: { value: string; label: string | null }[];
  href: (value: string) => string;
}) =>
  entries.length === 0 ? null : (
    <Stack gap={2}>
      {entries.map((entry) => (
        <Group key={entry.value} gap={6} wrap="nowrap">
          <Anchor href={href(entry.value)} size="sm" style={{ overflowWrap: 'anywhere' }}>
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

const ContactDetails = ({ contact }: { contact: Contact }) => {
  const { t } = useTranslation();
  const custom = useCustomFieldRows('contacts', contact.custom);
  const address = [
    contact.address.street,
    [contact.address.postalCode, contact.address.city].filter(Boolean).join(' '),
    contact.address.country,
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <Card>
      <Title order={4} mb="sm">
        {t('records.page.details')}
      </Title>
      <FieldList
        fields={[
          { label: t('contacts.fields.title'), value: contact.title },
          {
            label: t('contacts.fields.account'),
            value: contact.accountId ? (
              <AnchorLink to="/accounts/$accountId" params={{ accountId: contact.accountId }} size="sm">
                {contact.accountName}
              </AnchorLink>
            ) : null,
          },
          {
            label: t('contacts.fields.emails'),
            value: (
              <Channels
                entries={contact.emails.map((e) => ({ value: e.email, label: e.label }))}
                href={(v) => `mailto:${v}`}
              />
            ),
          },
          {
            label: t('contacts.fields.phones'),
            value: (
              <Channels
                entries={contact.phones.map((p) => ({ value: p.phone, label: p.label }))}
                href={(v) => `tel:${v.replace(/[^+\d]/g, '')}`}
              />
            ),
          },
          {
            label: t('records.form.address'),
            value: address ? <span style={{ whiteSpace: 'pre-line' }}>{address}</span> : null,
          },
          { label: t('records.page.owner'), value: contact.ownerName },
          ...custom,
          { label: t('records.page.created'), value: formatDate(contact.createdAt) },
          { label: t('records.page.updated'), value: formatDate(contact.updatedAt) },
          { label: t('records.page.externalId'), value: contact.externalId, optional: true },
        ]}
      />
      {contact.notes ? (
        <>
          <Text size="sm" c="dimmed" mt="md" mb={4}>
            {t('contacts.fields.notes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {contact.notes}
          </Text>
        </>
      ) : null}
    </Card>
  );
};

const ContactRelated = ({ contact }: { contact: Contact }) => {
  const { t } = useTranslation();
  const [editingActivity, setEditingActivity] = useState<Activity | null>(null);
  const activities = useRelated<Activity>('activities', { contactId: contact.id });
  const columns = pickColumns(useActivityColumns(), ['subject', 'outcome', 'when', 'ownerName']);
  const count = relatedCount(activities);
  return (
    <Card p={0}>
      <Tabs defaultValue="timeline" keepMounted={false}>
        <Tabs.List px="sm" pt="xs">
          <Tabs.Tab value="timeline">{t('records.page.timeline')}</Tabs.Tab>
          <Tabs.Tab value="activities">
            {count === null ? t('contacts.page.activities') : `${t('contacts.page.activities')} · ${count}`}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline">
          <RecordTimeline type="contacts" id={contact.id} bare />
        </Tabs.Panel>
        <Tabs.Panel value="activities" p="md">
          <RelatedList
            query={activities}
            columns={columns}
            onOpen={setEditingActivity}
            empty={t('records.page.noneYet')}
            viewAll={
              <AnchorLink to="/activities" search={{ contactId: contact.id }} size="sm">
                {t('records.page.viewAll')}
              </AnchorLink>
            }
          />
        </Tabs.Panel>
      </Tabs>
      <ActivityDrawer activity={editingActivity} onClose={() => setEditingActivity(null)} />
    </Card>
  );
};

/** One contact: how to reach them, where they work, and what happened with them. */
export const ContactPage = () => {
  const { t } = useTranslation();
  const { contactId } = useParams({ from: '/app/contacts/$contactId' });
  const contact = useQuery(contactQuery(contactId));
  usePrefetchTimeline('contacts', contactId);
  usePrefetchRelated('activities', { contactId });
  const canWrite = useCanWrite();
  const [editing, setEditing] = useState(false);

  return (
    <RecordPageState query={contact}>
      {(record) => (
        <>
          <RecordHeader
            back={{ to: '/contacts', label: t('contacts.title') }}
            title={record.name}
            subtitle={[record.title, record.accountName].filter(Boolean).join(' · ')}
            badges={
              <>
                {record.isInfluencer ? <InfluencerBadge label={t('contacts.page.influencer')} /> : null}
                <ArchivedBadge archivedAt={record.archivedAt} />
              </>
            }
            actions={
              canWrite ? (
                <>
                  <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                    {t('actions.edit')}
                  </Button>
                  <RecordMenu type="contacts" record={record} name={record.name} />
                </>
              ) : null
            }
          />
          <ArchivedNotice archivedAt={record.archivedAt} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <ContactDetails contact={record} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <ContactRelated contact={record} />
            </Grid.Col>
          </Grid>
          <RecordDrawer
            target={editing ? record : null}
            title={t('contacts.form.editTitle')}
            formKey={(target) => target.updatedAt}
            onClose={() => setEditing(false)}
          >
            {(target) => (
              <ContactForm contact={target} onCancel={() => setEditing(false)} onDone={() => setEditing(false)} />
            )}
          </RecordDrawer>
        </>
      )}
    </RecordPageState>
  );
};
