import { Button, Card, Tabs } from '@mantine/core';
import type { Account, Activity, Contact, Deal, Estimate } from '@pacer/core';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { useActivityColumns } from '../activities/activity-columns';
import { ActivityDrawer } from '../activities/activity-drawer';
import { useContactColumns } from '../contacts/contact-columns';
import { ContactForm } from '../contacts/contact-form';
import { useDealColumns } from '../deals/deal-columns';
import { DealForm } from '../deals/deal-form';
import { useEstimateColumns } from '../estimates/estimate-columns';
import { pickColumns } from '../records/record-columns';
import { RecordDrawer } from '../records/record-form';
import { useCanWrite } from '../records/record-page';
import { RecordTimeline } from '../records/record-timeline';
import { RelatedList, relatedCount, useRelated } from '../records/related-list';

/** What belongs to an account and what happened to it, in tabs: timeline, contacts, deals, estimates, activities. */
export const AccountRelated = ({ account }: { account: Account }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const [adding, setAdding] = useState<'contact' | 'deal' | null>(null);
  const [editingActivity, setEditingActivity] = useState<Activity | null>(null);
  const filter = { accountId: account.id };
  // All related lists start at once, beside the account and its timeline: no waterfall.
  const contacts = useRelated<Contact>('contacts', filter);
  const deals = useRelated<Deal>('deals', filter);
  const estimates = useRelated<Estimate>('estimates', filter);
  const activities = useRelated<Activity>('activities', filter);
  const contactColumns = pickColumns(useContactColumns(), ['name', 'title', 'email', 'phone']);
  const dealColumns = pickColumns(useDealColumns(), ['name', 'stageName', 'amount', 'expectedCloseDate']);
  const estimateColumns = pickColumns(useEstimateColumns(), [
    'number',
    'productLineName',
    'status',
    'amount',
    'estimateDate',
  ]);
  const activityColumns = pickColumns(useActivityColumns(), ['subject', 'outcome', 'when', 'ownerName']);
  const label = (text: string, count: string | null) => (count === null ? text : `${text} · ${count}`);
  const viewAll = (to: '/contacts' | '/deals' | '/estimates' | '/activities') => (
    <AnchorLink to={to} search={filter} size="sm">
      {t('records.page.viewAll')}
    </AnchorLink>
  );

  return (
    <Card p={0}>
      <Tabs defaultValue="timeline" keepMounted={false}>
        <Tabs.List px="sm" pt="xs" style={{ flexWrap: 'wrap' }}>
          <Tabs.Tab value="timeline">{t('records.page.timeline')}</Tabs.Tab>
          <Tabs.Tab value="contacts">{label(t('accounts.page.contacts'), relatedCount(contacts))}</Tabs.Tab>
          <Tabs.Tab value="deals">{label(t('accounts.page.deals'), relatedCount(deals))}</Tabs.Tab>
          <Tabs.Tab value="estimates">{label(t('accounts.page.estimates'), relatedCount(estimates))}</Tabs.Tab>
          <Tabs.Tab value="activities">{label(t('accounts.page.activities'), relatedCount(activities))}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline" p={0}>
          <RecordTimeline type="accounts" id={account.id} bare />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" p="md">
          <RelatedList
            query={contacts}
            columns={contactColumns}
            onOpen={(contact) => void navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } })}
            empty={t('records.page.noneYet')}
            viewAll={viewAll('/contacts')}
            action={
              canWrite ? (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setAdding('contact')}
                >
                  {t('accounts.page.addContact')}
                </Button>
              ) : null
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="deals" p="md">
          <RelatedList
            query={deals}
            columns={dealColumns}
            onOpen={(deal) => void navigate({ to: '/deals/$dealId', params: { dealId: deal.id } })}
            empty={t('records.page.noneYet')}
            viewAll={viewAll('/deals')}
            action={
              canWrite ? (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setAdding('deal')}
                >
                  {t('accounts.page.addDeal')}
                </Button>
              ) : null
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="estimates" p="md">
          <RelatedList
            query={estimates}
            columns={estimateColumns}
            onOpen={() => void navigate({ to: '/estimates', search: filter })}
            empty={t('records.page.noneYet')}
            viewAll={viewAll('/estimates')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="activities" p="md">
          <RelatedList
            query={activities}
            columns={activityColumns}
            onOpen={setEditingActivity}
            empty={t('records.page.noneYet')}
            viewAll={viewAll('/activities')}
          />
        </Tabs.Panel>
      </Tabs>
      <RecordDrawer
        target={adding === 'contact' ? {} : null}
        title={t('contacts.form.createTitle')}
        formKey={() => 'contact'}
        onClose={() => setAdding(null)}
      >
        {() => (
          <ContactForm
            contact={null}
            defaults={{ accountId: account.id, accountName: account.name }}
            onCancel={() => setAdding(null)}
            onDone={() => setAdding(null)}
          />
        )}
      </RecordDrawer>
      <RecordDrawer
        target={adding === 'deal' ? {} : null}
        title={t('deals.form.createTitle')}
        formKey={() => 'deal'}
        onClose={() => setAdding(null)}
      >
        {() => (
          <DealForm
            deal={null}
            defaults={{ accountId: account.id, accountName: account.name }}
            onCancel={() => setAdding(null)}
            onDone={(deal) => {
              setAdding(null);
              void navigate({ to: '/deals/$dealId', params: { dealId: deal.id } });
            }}
          />
        )}
      </RecordDrawer>
      <ActivityDrawer activity={editingActivity} onClose={() => setEditingActivity(null)} />
    </Card>
  );
};
