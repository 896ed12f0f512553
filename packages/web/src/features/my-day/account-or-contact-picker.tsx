import { Group, Select, type SelectProps, Stack, Text } from '@mantine/core';
import type { SearchHit } from '@pacer/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordTypeIcons } from '../search/record-types';
import { useRecordSearch } from '../search/search-api';

/** What the rep picked: an account or a contact, with the name to show. */
export interface PickedRecord {
  type: 'accounts' | 'contacts';
  id: string;
  title: string;
}

interface AccountOrContactPickerProps
  extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: PickedRecord | null;
  onChange: (record: PickedRecord | null) => void;
}

const pickable = ['accounts', 'contacts'] as const;

const keyOf = (record: { type: string; id: string }) => `${record.type}:${record.id}`;

/** Find the account or contact a visit or call was with; searches the server as you type. */
export const AccountOrContactPicker = ({ value, onChange, ...props }: AccountOrContactPickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.title ?? '');
  // Once a record is picked the input shows its name: that is not a new search.
  const query = search === value?.title ? '' : search.trim();
  const { hits, searching, ready } = useRecordSearch(query, { types: pickable, limit: 6 });
  const found = hits.filter((hit) => !hit.archived);
  const byKey = new Map<string, SearchHit | PickedRecord>(found.map((hit) => [keyOf(hit), hit]));
  if (value) byKey.set(keyOf(value), value);
  const group = (type: PickedRecord['type'], label: string) => ({
    group: label,
    items: [...byKey.values()]
      .filter((hit) => hit.type === type)
      .map((hit) => ({ value: keyOf(hit), label: hit.title })),
  });
  const data = [group('accounts', t('nav.accounts')), group('contacts', t('nav.contacts'))].filter(
    (entry) => entry.items.length > 0,
  );
  const subtitles = new Map(found.map((hit) => [keyOf(hit), hit.subtitle]));

  return (
    <Select
      searchable
      clearable
      leftSection={<IconSearch size={18} />}
      nothingFoundMessage={ready && !searching ? t('search.nothingFound') : t('myDay.form.whoHint')}
      {...props}
      data={data}
      value={value ? keyOf(value) : null}
      onChange={(key) => {
        const hit = key ? byKey.get(key) : undefined;
        onChange(
          hit && (hit.type === 'accounts' || hit.type === 'contacts')
            ? { type: hit.type, id: hit.id, title: hit.title }
            : null,
        );
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      comboboxProps={{ withinPortal: true, position: 'bottom', middlewares: { flip: false, shift: false } }}
      renderOption={({ option }) => {
        const [type] = option.value.split(':');
        const Icon = type === 'accounts' ? recordTypeIcons.accounts : recordTypeIcons.contacts;
        const subtitle = subtitles.get(option.value);
        return (
          <Group gap="sm" wrap="nowrap" py={4}>
            <Icon size={20} stroke={1.6} />
            <Stack gap={0} miw={0}>
              <Text size="md">{option.label}</Text>
              {subtitle ? (
                <Text size="xs" c="dimmed" truncate>
                  {subtitle}
                </Text>
              ) : null}
            </Stack>
          </Group>
        );
      }}
    />
  );
};
