import { Badge } from '@mantine/core';
import type { ImportStatus } from '@pacer/core';
import { useTranslation } from 'react-i18next';

const colors: Record<ImportStatus, string> = {
  uploaded: 'gray',
  validating: 'blue',
  validated: 'pacer',
  invalid: 'orange',
  running: 'blue',
  completed: 'teal',
  failed: 'red',
  expired: 'gray',
};

/** Where an import stands, in a word. */
export const ImportStatusBadge = ({ status }: { status: ImportStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge
      color={colors[status]}
      variant="light"
      style={{ overflow: 'visible', flexShrink: 0, minWidth: 'max-content' }}
      data-testid="import-status"
      data-status={status}
    >
      {t(`imports.statuses.${status}`)}
    </Badge>
  );
};

/** The name of the system an export came from, or the key as it is when unknown. */
export const usePresetName = () => {
  const { t } = useTranslation();
  return (preset: string): string =>
    preset === 'salesforce' || preset === 'hubspot' || preset === 'pipedrive' || preset === 'pacer'
      ? t(`imports.presets.${preset}`)
      : preset;
};
