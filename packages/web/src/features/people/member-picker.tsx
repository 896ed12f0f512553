import { Group, Select, type SelectProps, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { listMembers } from './people-api';

interface MemberPickerProps
  extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange: (userId: string | null, name: string | null) => void;
  /** Name of the person already picked, shown before any search has found them. */
  selectedName?: string | null | undefined;
  /** People not to offer (members of the team already, say). */
  excludeIds?: readonly string[];
}

interface Option {
  value: string;
  label: string;
  email: string;
}

/** Pick an active member of the org; searches on the server as you type. */
export const MemberPicker = ({ value, onChange, selectedName, excludeIds = [], ...props }: MemberPickerProps) => {
  const [search, setSearch] = useState('');
  const known = useRef(new Map<string, Option>());
  const selectedLabel = value ? (known.current.get(value)?.label ?? selectedName ?? '') : '';
  // Once a person is picked the input shows their name: that is not a new search.
  const query = search === selectedLabel ? '' : search.trim();
  const [q] = useDebouncedValue(query, 250);
  const members = useQuery({
    queryKey: ['members', 'picker', q],
    queryFn: ({ signal }) => listMembers({ q: q || undefined, status: 'active', limit: 50 }, signal),
    staleTime: 60_000,
  });

  const options: Option[] = (members.data?.items ?? [])
    .filter((member) => !excludeIds.includes(member.userId))
    .map((member) => ({ value: member.userId, label: member.name, email: member.email }));
  for (const option of options) known.current.set(option.value, option);
  if (value && !options.some((option) => option.value === value)) {
    options.unshift(known.current.get(value) ?? { value, label: selectedName ?? value, email: '' });
  }
  const emails = new Map(options.map((option) => [option.value, option.email]));

  return (
    <Select
      searchable
      clearable
      {...props}
      data={options.map(({ value: id, label }) => ({ value: id, label }))}
      value={value}
      onChange={(id) => onChange(id, id ? (known.current.get(id)?.label ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {emails.get(option.value) ? (
              <Text size="xs" c="dimmed">
                {emails.get(option.value)}
              </Text>
            ) : null}
          </Stack>
        </Group>
      )}
    />
  );
};
