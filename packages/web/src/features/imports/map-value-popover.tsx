import { Button, Popover, Stack, Text } from '@mantine/core';
import type { ImportField } from '@pacer/core';
import { IconReplace } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldValueInput } from './field-value-input';

interface MapValuePopoverProps {
  field: ImportField;
  value: string;
  onApply: (to: string) => void;
}

/** Fix a bad value where it shows: replace it in every row of the file, then check again. */
export const MapValuePopover = ({ field, value, onApply }: MapValuePopoverProps) => {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [to, setTo] = useState('');
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" width={300} trapFocus withinPortal>
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconReplace size={14} />}
          onClick={() => setOpened((open) => !open)}
          data-testid="map-value"
        >
          {t('imports.report.mapValue')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!to.trim()) return;
            setOpened(false);
            onApply(to.trim());
          }}
        >
          <Stack gap="sm">
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {t('imports.report.mapValueTitle', { value })}
            </Text>
            <FieldValueInput
              field={field}
              label={t('imports.report.mapTo')}
              value={to}
              onChange={setTo}
              autoFocus
              inline
            />
            <Button type="submit" size="sm" disabled={!to.trim()} data-testid="apply-value-map">
              {t('imports.report.mapApply')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
};
