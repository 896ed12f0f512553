import { Button, EmptyState } from '@mantine/core';
import { IconArchive, IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ListEmptyProps {
  /** Why there is nothing: nothing archived, nothing matches the filters, or no record yet. */
  reason: 'archived' | 'filtered' | 'none';
  /** What the list says before there is any record at all, with a way to make the first. */
  empty: { icon: ReactNode; title: string; description: string; action?: ReactNode };
  onClear: () => void;
}

/** An empty list says why it is empty and what to do about it. */
export const ListEmpty = ({ reason, empty, onClear }: ListEmptyProps) => {
  const { t } = useTranslation();
  if (reason === 'archived') {
    return (
      <EmptyState
        icon={<IconArchive size={28} />}
        variant="light"
        title={t('records.list.noArchivedTitle')}
        description={t('records.list.noArchivedBody')}
        py="xl"
      />
    );
  }
  if (reason === 'filtered') {
    return (
      <EmptyState
        icon={<IconFilterOff size={28} />}
        variant="light"
        title={t('records.list.noMatchTitle')}
        description={t('records.list.noMatchBody')}
        py="xl"
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={onClear}>
            {t('records.list.clearFilters')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={empty.icon} variant="light" title={empty.title} description={empty.description} py="xl">
      {empty.action ? <EmptyState.Actions>{empty.action}</EmptyState.Actions> : null}
    </EmptyState>
  );
};
