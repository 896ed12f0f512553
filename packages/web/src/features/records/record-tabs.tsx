import { Card, Tabs } from '@mantine/core';
import type { RecordType } from '@pacer/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordTimeline } from './record-timeline';

/** A tab beside a record's details; its count ("10+") follows the label once known. */
export interface RecordTab {
  value: string;
  label: string;
  count?: string | null;
  panel: ReactNode;
}

/** The tabs of a record page: its timeline first, then what belongs to it. */
export const RecordTabs = ({ type, id, tabs }: { type: RecordType; id: string; tabs: RecordTab[] }) => {
  const { t } = useTranslation();
  return (
    <Card p={0}>
      <Tabs defaultValue="timeline" keepMounted={false}>
        <Tabs.List px="sm" pt="xs">
          <Tabs.Tab value="timeline">{t('records.page.timeline')}</Tabs.Tab>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.count === null || tab.count === undefined ? tab.label : `${tab.label} · ${tab.count}`}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="timeline">
          <RecordTimeline type={type} id={id} bare />
        </Tabs.Panel>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} p="md">
            {tab.panel}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Card>
  );
};
