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
  const shown =
    reason === 'archived'
      ? {
          icon: <IconArchive size={28} />,
          title: t('records.list.noArchivedTitle'),
          description: t('records.list.noArchivedBody'),
        }
      : reason === 'filtered'
        ? {
            icon: <IconFilterOff size={28} />,
            title: t('records.list.noMatchTitle'),
            description: t('records.list.noMatchBody'),
            action: (
              <Button variant="light" onClick={onClear}>
                {t('actions.clearFilters')}
              </Button>
            ),
          }
        : empty;
  return (
    <EmptyState icon={shown.icon} variant="light" title={shown.title} description={shown.description} py="xl">
      {shown.action ? <EmptyState.Actions>{shown.action}</EmptyState.Actions> : null}
    </EmptyState>
  );
};
