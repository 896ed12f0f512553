import { Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import type { RecordType } from '@pacer/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayRangeInput } from '../../components/date-inputs';
import { MemberPicker } from '../people/member-picker';
import { TeamSelect } from '../teams/team-select';
import type { ListSearch } from './record-api';
import { RecordPicker } from './record-picker';

/** One filter of a record list; its key (or keys) are the API's query parameters. */
export type FilterDef =
  | { kind: 'select'; key: string; label: string; options: { value: string; label: string }[] }
  | { kind: 'text'; key: string; label: string }
  | { kind: 'yesNo'; key: string; label: string }
  | { kind: 'member'; key: string; label: string }
  | { kind: 'team'; key: string; label: string }
  | { kind: 'record'; key: string; label: string; recordType: RecordType }
  | { kind: 'dateRange'; key: string; toKey: string; label: string };

/** The URL keys a filter sets. */
export const filterKeys = (filter: FilterDef): string[] =>
  filter.kind === 'dateRange' ? [filter.key, filter.toKey] : [filter.key];

const width = { base: '100%', xs: 180 };

const TextFilter = ({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (text: string) => void;
}) => {
  const [text, setText] = useState(value ?? '');
  const push = useDebouncedCallback((next: string) => onChange(next.trim()), 400);
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <TextInput
      aria-label={label}
      placeholder={label}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        push(event.currentTarget.value);
      }}
      w={width}
    />
  );
};

/** The control of one filter, compact enough to sit in a row with the others. */
export const FilterControl = ({
  filter,
  search,
  onChange,
}: {
  filter: FilterDef;
  search: ListSearch;
  onChange: (patch: ListSearch) => void;
}) => {
  const { t } = useTranslation();
  const value = search[filter.key];
  switch (filter.kind) {
    case 'select':
      return (
        <Select
          aria-label={filter.label}
          placeholder={filter.label}
          data={filter.options}
          value={value ?? null}
          onChange={(next) => onChange({ [filter.key]: next ?? '' })}
          clearable
          w={width}
        />
      );
    case 'text':
      return <TextFilter label={filter.label} value={value} onChange={(next) => onChange({ [filter.key]: next })} />;
    case 'yesNo':
      return (
        <Select
          aria-label={filter.label}
          placeholder={filter.label}
          data={[
            { value: 'true', label: `${filter.label}: ${t('records.list.yes')}` },
            { value: 'false', label: `${filter.label}: ${t('records.list.no')}` },
          ]}
          value={value ?? null}
          onChange={(next) => onChange({ [filter.key]: next ?? '' })}
          clearable
          w={width}
        />
      );
    case 'member':
      return (
        <MemberPicker
          aria-label={filter.label}
          placeholder={filter.label}
          value={value ?? null}
          onChange={(next) => onChange({ [filter.key]: next ?? '' })}
          w={width}
        />
      );
    case 'team':
      return (
        <TeamSelect
          aria-label={filter.label}
          placeholder={filter.label}
          value={value ?? null}
          onChange={(next) => onChange({ [filter.key]: next ?? '' })}
          searchable
          w={width}
        />
      );
    case 'record':
      return (
        <RecordPicker
          type={filter.recordType}
          aria-label={filter.label}
          placeholder={filter.label}
          value={value ?? null}
          onChange={(next) => onChange({ [filter.key]: next ?? '' })}
          w={width}
        />
      );
    case 'dateRange':
      return (
        <DayRangeInput
          aria-label={filter.label}
          placeholder={filter.label}
          value={[value ?? null, search[filter.toKey] ?? null]}
          onChange={([from, to]) => onChange({ [filter.key]: from ?? '', [filter.toKey]: to ?? '' })}
          w={{ base: '100%', xs: 230 }}
        />
      );
  }
};
