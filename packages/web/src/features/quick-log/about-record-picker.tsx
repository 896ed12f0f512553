import { Badge, CloseButton, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, type Ref, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordTypeSingular } from '../records/record-links';
import { groupByType, recordTypeIcons } from '../search/record-types';
import { minSearchLength, useRecordSearch } from '../search/search-api';
import type { RecordRef } from './current-record';

interface AboutRecordPickerProps {
  value: RecordRef | null;
  onChange: (record: RecordRef | null) => void;
  /** Called once a record is picked, to move on to the next field. */
  onPicked?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  error?: string | undefined;
}

const keyOf = (record: { type: string; id: string }) => `${record.type}:${record.id}`;

/** One search box for the record an activity is about: accounts, contacts, leads and deals. */
export const AboutRecordPicker = ({
  value,
  onChange,
  onPicked,
  inputRef,
  autoFocus,
  error,
}: AboutRecordPickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const combobox = useCombobox();
  const { hits, searching, ready } = useRecordSearch(search, { limit: 4, enabled: value === null });
  const groups = groupByType(hits);

  // New hits: the first one is ready for Enter.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the hits are the trigger
  useEffect(() => {
    if (hits.length > 0) combobox.selectFirstOption();
  }, [hits]);

  const pick = (key: string) => {
    const hit = hits.find((item) => keyOf(item) === key);
    if (!hit) return;
    onChange({ type: hit.type, id: hit.id, title: hit.title });
    setSearch('');
    combobox.closeDropdown();
    onPicked?.();
  };

  // Enter while words wait for their hits must not save the activity without its record.
  const holdEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || value || !search.trim()) return;
    if (combobox.getSelectedOptionIndex() === -1) event.preventDefault();
  };

  const Icon = value ? recordTypeIcons[value.type] : IconSearch;
  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          label={t('quickLog.about')}
          placeholder={t('quickLog.aboutPlaceholder')}
          value={value ? value.title : search}
          readOnly={value !== null}
          data-autofocus={autoFocus || undefined}
          leftSection={<Icon size={16} />}
          rightSection={
            value ? (
              <CloseButton size="sm" aria-label={t('quickLog.clearAbout')} onClick={() => onChange(null)} />
            ) : searching ? (
              <Loader size={14} />
            ) : null
          }
          rightSectionPointerEvents={value ? 'all' : 'none'}
          description={value ? t(`records.fields.${recordTypeSingular[value.type]}`) : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          error={error}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            // Open only with something to show: an open list makes Escape close it instead of the form.
            if (event.currentTarget.value.trim().length >= minSearchLength) combobox.openDropdown();
            else combobox.closeDropdown();
          }}
          onKeyDown={holdEnter}
          onFocus={() => {
            if (search.trim().length >= minSearchLength) combobox.openDropdown();
          }}
          onBlur={() => combobox.closeDropdown()}
          data-testid="quick-log-about"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={value !== null || !ready}>
        <Combobox.Options>
          {groups.map((group) => (
            <Combobox.Group key={group.type} label={t(`nav.${group.type}`)}>
              {group.hits.map((hit) => {
                const HitIcon = recordTypeIcons[hit.type];
                return (
                  <Combobox.Option key={keyOf(hit)} value={keyOf(hit)}>
                    <Group gap="xs" wrap="nowrap">
                      <HitIcon size={16} color="var(--mantine-color-dimmed)" />
                      <div style={{ minWidth: 0, flex: 1 }}>
                        <Text size="sm" truncate>
                          {hit.title}
                        </Text>
                        {hit.subtitle ? (
                          <Text size="xs" c="dimmed" truncate>
                            {hit.subtitle}
                          </Text>
                        ) : null}
                      </div>
                      {hit.archived ? (
                        <Badge size="xs" variant="light" color="gray">
                          {t('labels.archived')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Combobox.Option>
                );
              })}
            </Combobox.Group>
          ))}
          {ready && !searching && hits.length === 0 ? (
            <Combobox.Empty>{t('search.nothingFound')}</Combobox.Empty>
          ) : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
};
