import { Group, Select, type SelectProps, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { RecordType } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api } from '../../lib/api-client';
import { type ListSearch, type Page, recordQuery } from './record-api';

interface Named {
  id: string;
  name: string;
}

interface Option {
  value: string;
  label: string;
  hint: string;
}

interface RecordPickerProps<T extends Named>
  extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  type: RecordType;
  value: string | null;
  onChange: (id: string | null, record: T | null) => void;
  /** Name of the record already picked, shown before any search has found it. */
  selectedName?: string | null | undefined;
  /** Narrows the search (deals of one account, say). */
  filters?: ListSearch;
  /** A second line under each name (the account of a contact, say). */
  hintOf?: (record: T) => string | null;
}

/** Pick an account, contact, deal, lead or product; searches on the server as you type. */
export const RecordPicker = <T extends Named>({
  type,
  value,
  onChange,
  selectedName,
  filters,
  hintOf,
  ...props
}: RecordPickerProps<T>) => {
  const [search, setSearch] = useState('');
  const known = useRef(new Map<string, { option: Option; record: T }>());
  const selectedLabel = value ? (known.current.get(value)?.option.label ?? selectedName ?? '') : '';
  // Once a record is picked the input shows its name: that is not a new search.
  const query = search === selectedLabel ? '' : search.trim();
  const [q] = useDebouncedValue(query, 250);
  const records = useQuery({
    queryKey: [type, 'picker', q, filters ?? {}],
    queryFn: ({ signal }) => api.get<Page<T>>(`/${type}`, { ...filters, q: q || undefined, limit: 20 }, signal),
    staleTime: 30_000,
  });

  // A value from a link or a saved view: its name comes from the record itself.
  const needsName = Boolean(value) && !selectedName && !known.current.has(value ?? '');
  const picked = useQuery({ ...recordQuery<T>(type, value ?? ''), enabled: needsName });

  const options: Option[] = (records.data?.items ?? []).map((record) => {
    const option = { value: record.id, label: record.name, hint: hintOf?.(record) ?? '' };
    known.current.set(record.id, { option, record });
    return option;
  });
  if (value && !options.some((option) => option.value === value)) {
    const label = selectedName ?? picked.data?.name ?? '…';
    options.unshift(known.current.get(value)?.option ?? { value, label, hint: '' });
  }
  const hints = new Map(options.map((option) => [option.value, option.hint]));

  return (
    <Select
      searchable
      clearable
      {...props}
      data={options.map(({ value: id, label }) => ({ value: id, label }))}
      value={value}
      onChange={(id) => onChange(id, id ? (known.current.get(id)?.record ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={records.isFetching ? '…' : undefined}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          <Stack gap={0} miw={0}>
            <Text size="sm" truncate>
              {option.label}
            </Text>
            {hints.get(option.value) ? (
              <Text size="xs" c="dimmed" truncate>
                {hints.get(option.value)}
              </Text>
            ) : null}
          </Stack>
        </Group>
      )}
    />
  );
};
