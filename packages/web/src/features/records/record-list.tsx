import { Badge, Button, Card, Center, Collapse, Group, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import type { RecordType, SavedView } from '@pacer/core';
import { IconFilter, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { useCan, useSession } from '../auth/session';
import { ListEmpty } from './list-empty';
import { ColumnsMenu, ExportMenu, ListFooter } from './list-tools';
import { type ListSearch, parseListSearch, recordListQuery, recordTotalsQuery, savedViewsQuery } from './record-api';
import { type BulkContext, RecordBulkBar } from './record-bulk-bar';
import { type ColumnDef, exportKeysOf, useColumnPrefs, visibleColumns } from './record-columns';
import { FilterControl, type FilterDef, filterKeys } from './record-filters';
import { type RecordRow, RecordTable } from './record-table';
import { SavedViewsMenu } from './saved-views-menu';

export interface RecordListProps<Row extends RecordRow> {
  type: RecordType;
  columns: ColumnDef<Row>[];
  /** The type's own filters; owner and team are added for owned records. */
  filters: FilterDef[];
  /** The server's sort when none is chosen. */
  defaultSort: string;
  nameOf: (row: Row) => string;
  onOpen: (row: Row) => void;
  /** The picture of the empty list; its words are the type's `empty.title` and `empty.body`. */
  emptyIcon: ReactNode;
  /** The way to make the first record, shown in the empty list. */
  emptyAction?: ReactNode;
  /** Records with an owner: owner and team filters, reassign in bulk. */
  owned?: boolean;
  /** Saved views, export, totals, selection: all on unless switched off. */
  views?: boolean;
  exportable?: boolean;
  totals?: boolean;
  selectable?: boolean;
  bulkExtra?: (context: BulkContext) => ReactNode;
}

/**
 * A server-paged list of records: search, filters, sort by header, chosen columns, saved views,
 * export, an archived switch, selection with bulk actions, and a footer with the count and sums.
 * Everything the list shows is in the URL, so a list as arranged is a link. Its words come from
 * the type's own text: `search`, `all`, `count` and `empty`.
 */
export const RecordList = <Row extends RecordRow>(props: RecordListProps<Row>) => {
  const { type, columns, defaultSort, owned = true, views = true, exportable = true, totals = true } = props;
  const { t } = useTranslation();
  const session = useSession();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  // Bulk actions change records: people who only read get no checkboxes.
  const canWrite = useCan('crm:write');
  const selectable = (props.selectable ?? true) && canWrite;
  const navigate = useNavigate();
  const search = parseListSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const [prefColumns, setPrefColumns] = useColumnPrefs(session.user.id, type, columns);
  // A saved view brings its columns; changes to them stay on screen until the view is saved.
  const savedViews = useQuery({ ...savedViewsQuery(type), enabled: views });
  const activeView = savedViews.data?.find((view) => view.id === search.view);
  const [columnEdit, setColumnEdit] = useState<{ viewId: string; ids: string[] } | null>(null);
  const viewColumns =
    columnEdit && columnEdit.viewId === search.view
      ? columnEdit.ids
      : activeView && activeView.columns.length > 0
        ? activeView.columns
        : null;
  const shownIds = viewColumns ?? prefColumns;
  const shown = visibleColumns(columns, shownIds);
  const archived = (search.archived ?? 'false') as 'false' | 'true' | 'all';
  const sort = search.sort ?? defaultSort;

  const filters = useMemo(() => {
    const standard: FilterDef[] = [];
    if (owned) standard.push({ kind: 'member', key: 'ownerId', label: t('records.fields.owner') });
    if (owned && session.member.role !== 'rep')
      standard.push({ kind: 'team', key: 'teamId', label: t('records.list.team') });
    return [...props.filters, ...standard];
  }, [props.filters, owned, session.member.role, t]);
  const activeFilters = filters.filter((filter) => filterKeys(filter).some((key) => search[key])).length;
  const [filtersOpen, setFiltersOpen] = useState(activeFilters > 0);

  const setSearch = (patch: ListSearch) => {
    const next: ListSearch = { ...search, ...patch };
    for (const [key, value] of Object.entries(next)) if (value === '') delete next[key];
    if (next.archived === 'false') delete next.archived;
    void navigate({ to: '.', search: next as never, replace: true });
  };

  const [text, setText] = useState(search.q ?? '');
  const pushText = useDebouncedCallback((value: string) => setSearch({ q: value.trim() }), 300);
  useEffect(() => setText(search.q ?? ''), [search.q]);

  const list = useInfiniteQuery(recordListQuery<Row>(type, search));
  const footer = useQuery({ ...recordTotalsQuery(type, search), enabled: totals });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];

  const [selected, setSelected] = useState<Set<string>>(new Set());
  const filterKey = JSON.stringify(search);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts a new selection
  useEffect(() => setSelected(new Set()), [filterKey]);
  const toggle = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });

  const applyView = (view: SavedView | null) => {
    setColumnEdit(null);
    if (!view) {
      void navigate({ to: '.', search: {} as never, replace: true });
      return;
    }
    const next: ListSearch = { ...view.filters, view: view.id };
    if (view.sort) next.sort = view.sort;
    void navigate({ to: '.', search: next as never, replace: true });
  };
  const changeColumns = (ids: string[] | null) => {
    if (search.view && viewColumns) setColumnEdit({ viewId: search.view, ids: ids ?? prefColumns });
    else setPrefColumns(ids);
  };

  const hasFilters = Object.keys(search).some((key) => key !== 'sort' && key !== 'view' && search[key]);
  const clearFilters = () =>
    setSearch(
      Object.fromEntries(
        Object.keys(search)
          .filter((key) => key !== 'sort')
          .map((key) => [key, '']),
      ),
    );

  const content = () => {
    if (list.isError) return <QueryLoadError query={list} />;
    if (!list.data) return <RowsSkeleton rows={8} height={36} />;
    if (rows.length === 0) {
      return (
        <ListEmpty
          reason={archived === 'true' && !search.q ? 'archived' : hasFilters ? 'filtered' : 'none'}
          empty={{
            icon: props.emptyIcon,
            title: t(`${type}.empty.title`),
            description: t(`${type}.empty.body`),
            action: props.emptyAction,
          }}
          onClear={clearFilters}
        />
      );
    }
    return (
      <RecordTable
        rows={rows}
        columns={shown}
        sort={sort}
        onSort={(next) => setSearch({ sort: next })}
        selection={selectable ? { selected, toggle } : undefined}
        onOpen={props.onOpen}
        nameOf={props.nameOf}
      />
    );
  };

  const listTools = (
    <Group gap="xs" wrap="nowrap">
      <ColumnsMenu columns={columns} visible={shownIds} onChange={changeColumns} />
      {exportable ? <ExportMenu type={type} search={search} columns={exportKeysOf(shown)} /> : null}
    </Group>
  );

  return (
    <Card p={0} data-testid={`${type}-list`}>
      <Stack gap="sm" p="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group gap="sm" wrap="wrap">
          {/* On a phone the view, column and export buttons share the first line. */}
          <Group gap="xs" wrap="nowrap" justify="space-between" w={phone ? '100%' : undefined}>
            {views ? (
              <SavedViewsMenu
                type={type}
                search={search}
                columns={shownIds}
                onApply={applyView}
                allLabel={t(`${type}.all`)}
              />
            ) : (
              <span />
            )}
            {phone ? listTools : null}
          </Group>
          <TextInput
            placeholder={t(`${type}.search`)}
            aria-label={t('records.list.search')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              pushText(event.currentTarget.value);
            }}
            style={{ flex: '1 1 14rem' }}
            data-testid="list-search"
          />
          <Group gap="xs" wrap="wrap">
            {filters.length > 0 ? (
              <Button
                variant={filtersOpen ? 'light' : 'default'}
                leftSection={<IconFilter size={16} />}
                rightSection={
                  activeFilters > 0 ? (
                    <Badge size="xs" circle>
                      {activeFilters}
                    </Badge>
                  ) : null
                }
                onClick={() => setFiltersOpen((open) => !open)}
                aria-expanded={filtersOpen}
                data-testid="filters-toggle"
              >
                {t('records.list.filters')}
              </Button>
            ) : null}
            <SegmentedControl
              aria-label={t('records.list.archivedState')}
              value={archived}
              onChange={(value) => setSearch({ archived: value })}
              data={[
                { value: 'false', label: t('records.list.active') },
                { value: 'true', label: t('labels.archived') },
              ]}
              data-testid="archived-toggle"
            />
            {phone ? null : listTools}
          </Group>
        </Group>
        <Collapse expanded={filtersOpen}>
          <Group gap="sm" wrap="wrap" data-testid="filters">
            {filters.map((filter) => (
              <FilterControl key={filter.key} filter={filter} search={search} onChange={(patch) => setSearch(patch)} />
            ))}
            {hasFilters ? (
              <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={clearFilters}>
                {t('actions.clearFilters')}
              </Button>
            ) : null}
          </Group>
        </Collapse>
      </Stack>
      <Stack gap="md" p={{ base: 'xs', sm: 0 }}>
        {content()}
        {list.hasNextPage ? (
          <Center pb="md">
            <Button variant="light" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('records.list.loadMore')}
            </Button>
          </Center>
        ) : null}
      </Stack>
      {totals && rows.length > 0 ? (
        <ListFooter totals={footer.data} shown={rows.length} countLabel={(count) => t(`${type}.count`, { count })} />
      ) : null}
      {selectable ? (
        <RecordBulkBar
          type={type}
          selected={[...selected]}
          onClear={() => setSelected(new Set())}
          archived={archived}
          reassign={owned}
          extra={props.bulkExtra}
        />
      ) : null}
    </Card>
  );
};
