import { Badge, Group, Kbd, Loader, Text } from '@mantine/core';
import { useHotkeys, useWindowEvent } from '@mantine/hooks';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { IconKeyboard, IconLayoutKanban, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/notify';
import { useCan } from '../auth/session';
import { quickLog } from '../quick-log/quick-log-store';
import { isTyping } from '../quick-log/use-key-sequences';
import { activityLooks } from '../records/vocab';
import { groupByType, recordTypeIcons } from './record-types';
import { recordPath, useRecordSearch } from './search-api';

/** The app's own spotlight store, so no other spotlight can open this one by accident. */
export const [searchStore, searchSpotlight] = createSpotlight();

// Fresh hits arrive after the query changed: mark the first one, so Enter opens it.
const selectFirstHit = () => {
  const { listId } = searchStore.getState();
  const list = listId ? document.getElementById(listId) : null;
  if (!list) return;
  list.querySelector('[data-selected]')?.removeAttribute('data-selected');
  list.querySelector('[data-action]')?.setAttribute('data-selected', 'true');
  searchStore.updateState((state) => ({ ...state, selected: 0 }));
};

const Keys = ({ keys }: { keys: string[] }) => (
  <Group gap={4} wrap="nowrap">
    {keys.map((key) => (
      <Kbd key={key} size="xs">
        {key}
      </Kbd>
    ))}
  </Group>
);

const Hint = ({ children }: { children: ReactNode }) => (
  <Text size="sm" c="dimmed" ta="center" py="lg" px="md">
    {children}
  </Text>
);

/** Ctrl/Cmd+K (or /): find an account, contact, lead or deal by name and open it. */
export const SearchSpotlight = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canLog = useCan('crm:write');
  const [query, setQuery] = useState('');
  const { hits, searching, error, ready } = useRecordSearch(query, { limit: 5 });
  const groups = groupByType(hits);

  useEffect(() => {
    if (hits.length > 0) requestAnimationFrame(selectFirstHit);
  }, [hits]);

  // Ctrl/Cmd+K works even while typing in a field; `/` only when not typing (on any layout, Shift or not).
  useHotkeys([['mod+K', searchSpotlight.toggle]], [], true);
  useWindowEvent('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    searchSpotlight.open();
  });

  const go = (href: string) => void navigate({ href });

  return (
    <Spotlight.Root
      store={searchStore}
      query={query}
      onQueryChange={setQuery}
      // Cleared as it closes, not after its fade-out: a quick Ctrl+K again must keep what is typed next.
      clearQueryOnClose={false}
      onSpotlightClose={() => setQuery('')}
      shortcut={null}
      scrollable
      maxHeight={460}
      size={640}
      yOffset="12vh"
      data-testid="search-spotlight"
    >
      <Spotlight.Search
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        leftSection={<IconSearch size={20} stroke={1.6} />}
        rightSection={searching ? <Loader size={16} /> : null}
      />
      <Spotlight.ActionsList aria-label={t('search.results')}>
        {ready
          ? groups.map((group) => {
              const Icon = recordTypeIcons[group.type];
              return (
                <Spotlight.ActionsGroup key={group.type} label={t(`nav.${group.type}`)}>
                  {group.hits.map((hit) => (
                    <Spotlight.Action
                      key={`${hit.type}:${hit.id}`}
                      label={hit.title}
                      description={hit.subtitle ?? undefined}
                      leftSection={<Icon size={20} stroke={1.6} />}
                      rightSection={
                        hit.archived ? (
                          <Badge size="xs" variant="light" color="gray">
                            {t('labels.archived')}
                          </Badge>
                        ) : null
                      }
                      onClick={() => go(recordPath(hit.type, hit.id))}
                      data-testid="search-hit"
                      data-type={hit.type}
                    />
                  ))}
                </Spotlight.ActionsGroup>
              );
            })
          : null}
        {ready && error ? <Hint>{errorMessage(error)}</Hint> : null}
        {ready && !error && !searching && hits.length === 0 ? <Hint>{t('search.nothingFound')}</Hint> : null}
        {!ready ? (
          <Spotlight.ActionsGroup label={t('search.quickActions')}>
            {canLog ? (
              <>
                <Spotlight.Action
                  label={t('quickLog.title.call')}
                  leftSection={<activityLooks.call.icon size={20} stroke={1.6} />}
                  rightSection={<Keys keys={['L', 'C']} />}
                  onClick={() => quickLog.open('call')}
                />
                <Spotlight.Action
                  label={t('quickLog.title.visit')}
                  leftSection={<activityLooks.visit.icon size={20} stroke={1.6} />}
                  rightSection={<Keys keys={['L', 'V']} />}
                  onClick={() => quickLog.open('visit')}
                />
              </>
            ) : null}
            <Spotlight.Action
              label={t('search.actions.board')}
              leftSection={<IconLayoutKanban size={20} stroke={1.6} />}
              onClick={() => go('/deals/board')}
            />
            <Spotlight.Action
              label={t('shortcuts.title')}
              leftSection={<IconKeyboard size={20} stroke={1.6} />}
              rightSection={<Keys keys={['?']} />}
              onClick={quickLog.openShortcuts}
            />
          </Spotlight.ActionsGroup>
        ) : null}
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <Group gap="md" justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {ready ? t('search.footer') : t('search.typeToSearch')}
          </Text>
          <Group gap={6} wrap="nowrap" visibleFrom="sm">
            <Keys keys={['↑', '↓']} />
            <Text size="xs" c="dimmed">
              {t('search.navigate')}
            </Text>
            <Keys keys={['↵']} />
            <Text size="xs" c="dimmed">
              {t('search.open')}
            </Text>
          </Group>
        </Group>
      </Spotlight.Footer>
    </Spotlight.Root>
  );
};
