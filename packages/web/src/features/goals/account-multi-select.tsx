import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { searchAccounts } from './goals-api';

interface AccountMultiSelectProps
  extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string[];
  onChange: (accountIds: string[]) => void;
}

/** Pick several accounts (a named account set); searches on the server as you type and keeps the picked names. */
export const AccountMultiSelect = ({ value, onChange, ...props }: AccountMultiSelectProps) => {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const names = useRef(new Map<string, string>());
  const accounts = useQuery({
    queryKey: ['accounts', 'picker', q],
    queryFn: ({ signal }) => searchAccounts(q, signal),
    staleTime: 30_000,
  });
  for (const account of accounts.data?.items ?? []) names.current.set(account.id, account.name);
  // Picked accounts stay in the options, or the chips would lose their names on the next search.
  const ids = [...new Set([...value, ...(accounts.data?.items ?? []).map((account) => account.id)])];
  const data = ids.map((id) => ({ value: id, label: names.current.get(id) ?? id }));

  return (
    <MultiSelect
      searchable
      clearable
      {...props}
      data={data}
      value={value}
      onChange={(next) => {
        onChange(next);
        setSearch('');
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={accounts.isFetching ? '…' : undefined}
      maxDropdownHeight={260}
    />
  );
};
