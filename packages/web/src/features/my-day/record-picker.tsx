import { Group, Select, type SelectProps, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { SearchHit } from '@pacer/core';
import { IconAddressBook, IconBuilding, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api-client';

/** What the rep picked: an account or a contact, with the name to show. */
export interface PickedRecord {
  type: 'accounts' | 'contacts';
  id: string;
  title: string;
}

interface RecordPickerProps
  extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: PickedRecord | null;
  onChange: (record: PickedRecord | null) => void;
}

const keyOf = (record: { type: string; id: string }) => `${record.type}:${record.id}`;

/** Find the account or contact a visit or call was with; searches the server as you type. */
export const RecordPicker = ({ value, onChange, ...props }: RecordPickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.title ?? '');
  // Once a record is picked the input shows its name: that is not a new search.
  const query = search === value?.title ? '' : search.trim();
  const [q] = useDebouncedValue(query, 200);
  const hits = useQuery({
    queryKey: ['search', 'picker', q],
    queryFn: ({ signal }) =>
      api.get<{ hits: SearchHit[] }>('/search', { q, types: 'accounts,contacts', limit: 6 }, signal),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });
  const found = (hits.data?.hits ?? []).filter((hit) => !hit.archived);
  const byKey = new Map<string, SearchHit | PickedRecord>(found.map((hit) => [keyOf(hit), hit]));
  if (value) byKey.set(keyOf(value), value);
  const group = (type: PickedRecord['type'], label: string) => ({
    group: label,
    items: [...byKey.values()]
      .filter((hit) => hit.type === type)
      .map((hit) => ({ value: keyOf(hit), label: hit.title })),
  });
  const data = [group('accounts', t('myDay.form.accounts')), group('contacts', t('myDay.form.contacts'))].filter(
    (entry) => entry.items.length > 0,
  );
  const subtitles = new Map(found.map((hit) => [keyOf(hit), hit.subtitle]));

  return (
    <Select
      searchable
      clearable
      leftSection={<IconSearch size={18} />}
      nothingFoundMessage={q.length >= 2 && hits.data ? t('myDay.form.noMatch') : t('myDay.form.whoHint')}
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
        const Icon = type === 'accounts' ? IconBuilding : IconAddressBook;
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
