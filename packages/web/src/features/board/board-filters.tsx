import { Button, CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Pipeline } from '@pacer/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { namedOptions } from '../../lib/format';
import { MemberPicker } from '../people/member-picker';
import { TeamSelect } from '../teams/team-select';
import type { BoardSearch } from './board-api';

// On phones two filters share a row, so the board starts higher up.
const half = 'calc(50% - var(--mantine-spacing-sm) / 2)';

interface BoardFiltersProps {
  search: BoardSearch;
  onChange: (next: Partial<BoardSearch>) => void;
  pipelines: Pipeline[];
  /** The pipeline on screen (the default one when none is asked for). */
  pipelineId: string | undefined;
  /** Managers, admins and viewers see others' deals and may narrow to an owner or a team. */
  showPeopleFilters: boolean;
}

/** Pipeline picker, search box and, for those who see more than their own deals, owner and team. */
export const BoardFilters = ({ search, onChange, pipelines, pipelineId, showPeopleFilters }: BoardFiltersProps) => {
  const { t } = useTranslation();
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 250);

  // Typing narrows the board after a short pause; the URL keeps the words.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new debounced text is a new search
  useEffect(() => {
    if ((search.q ?? '') !== debounced) onChange({ q: debounced || undefined });
  }, [debounced]);

  const filtered = Boolean(search.q || search.ownerId || search.teamId);
  const active = pipelines.filter((pipeline) => !pipeline.archivedAt);

  return (
    <Group gap="sm" mb="lg" wrap="wrap" align="flex-end" data-testid="board-filters">
      <Select
        aria-label={t('deals.fields.pipeline')}
        placeholder={t('deals.fields.pipeline')}
        data={namedOptions(active)}
        value={pipelineId ?? null}
        onChange={(value) => onChange({ pipelineId: value ?? undefined })}
        allowDeselect={false}
        w={{ base: half, xs: 220 }}
        data-testid="pipeline-picker"
      />
      <TextInput
        aria-label={t('board.filters.search')}
        placeholder={t('board.filters.search')}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        rightSection={
          text ? (
            <CloseButton size="sm" aria-label={t('board.filters.clearSearch')} onClick={() => setText('')} />
          ) : null
        }
        w={{ base: half, xs: 240 }}
      />
      {showPeopleFilters ? (
        <>
          <MemberPicker
            aria-label={t('records.fields.owner')}
            placeholder={t('records.list.anyOwner')}
            value={search.ownerId ?? null}
            onChange={(userId) => onChange({ ownerId: userId ?? undefined })}
            w={{ base: half, xs: 220 }}
          />
          <TeamSelect
            aria-label={t('records.list.team')}
            placeholder={t('records.list.anyTeam')}
            value={search.teamId ?? null}
            onChange={(value) => onChange({ teamId: value ?? undefined })}
            searchable
            w={{ base: half, xs: 200 }}
          />
        </>
      ) : null}
      {filtered ? (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            setText('');
            onChange({ q: undefined, ownerId: undefined, teamId: undefined });
          }}
        >
          {t('actions.clearFilters')}
        </Button>
      ) : null}
    </Group>
  );
};
