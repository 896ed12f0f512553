import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ImportField, ImportJob, ImportMapping } from '@pacer/core';
import { IconAlertTriangle, IconArrowRight, IconChecklist, IconSparkles, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FieldValueInput } from './field-value-input';
import { usePresetName } from './import-labels';
import { duplicateFields, mappedValue, missingRequired, withDefault, withoutValueMap } from './mapping-utils';

interface MappingStepProps {
  job: ImportJob;
  fields: ImportField[];
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  onCheck: () => void;
  checking: boolean;
}

const skip = '__skip';

/** Step two: each file column to a Pacer field, values for all rows, and a preview as Pacer will read it. */
export const ImportMappingStep = ({ job, fields, mapping, onChange, onCheck, checking }: MappingStepProps) => {
  const { t } = useTranslation();
  const presetName = usePresetName();
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const fieldOptions = [
    { value: skip, label: t('imports.mapping.skip') },
    ...fields.map((field) => ({
      value: field.key,
      label: field.required ? `${field.label} (${t('imports.mapping.required')})` : field.label,
    })),
  ];
  const missing = missingRequired(fields, mapping);
  const duplicates = duplicateFields(mapping);
  const mappedColumns = job.headers
    .map((header, index) => ({ header, index, key: mapping.columns[header] ?? null }))
    .filter((column): column is { header: string; index: number; key: string } => Boolean(column.key));
  const mappedKeys = new Set(mappedColumns.map((column) => column.key));
  const requiredUnmapped = fields.filter((field) => field.required && !mappedKeys.has(field.key));
  const defaultKeys = [
    ...new Set([...requiredUnmapped.map((field) => field.key), ...Object.keys(mapping.defaults)]),
  ].filter((key) => byKey.has(key));
  const addableDefaults = fields
    .filter((field) => !defaultKeys.includes(field.key))
    .map((field) => ({ value: field.key, label: field.label }));
  const valueMaps = Object.entries(mapping.valueMaps).flatMap(([field, map]) =>
    Object.entries(map).map(([from, to]) => ({ field, from, to })),
  );
  const setColumn = (header: string, key: string | null) =>
    onChange({ ...mapping, columns: { ...mapping.columns, [header]: key === skip ? null : key } });

  return (
    <Stack gap="lg">
      {job.detectedPreset ? (
        <Alert color="teal" variant="light" icon={<IconSparkles size={20} />} data-testid="detected-preset">
          <Text fw={600} size="sm">
            {t('imports.mapping.detected', { preset: presetName(job.detectedPreset) })}
          </Text>
          <Text size="sm">{t('imports.mapping.detectedBody')}</Text>
        </Alert>
      ) : (
        <Text c="dimmed" size="sm">
          {t('imports.mapping.noPreset')}
        </Text>
      )}

      <Card p={0}>
        <Group p="md" justify="space-between" wrap="wrap" gap="sm">
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('imports.mapping.fileInfo', { name: job.fileName, columns: job.headers.length })}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="xs">
              {t('imports.mapping.dateFormat')}
            </Text>
            <SegmentedControl
              size="xs"
              aria-label={t('imports.mapping.dateFormat')}
              data={(['iso', 'dmy', 'mdy'] as const).map((format) => ({
                value: format,
                label: t(`imports.mapping.dateFormats.${format}`),
              }))}
              value={mapping.dateFormat}
              onChange={(format) => onChange({ ...mapping, dateFormat: format as ImportMapping['dateFormat'] })}
            />
          </Group>
        </Group>
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing="xs" data-testid="mapping-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.mapping.column')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('imports.mapping.sample')}</Table.Th>
                <Table.Th w="45%">{t('imports.mapping.field')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {job.headers.map((header, index) => {
                const key = mapping.columns[header] ?? null;
                const samples = job.sampleRows
                  .map((row) => row[index] ?? '')
                  .filter(Boolean)
                  .slice(0, 2);
                return (
                  <Table.Tr key={header} data-testid="mapping-row" data-column={header}>
                    <Table.Td>
                      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                        {header}
                      </Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm" maw={240}>
                      <Text size="xs" c="dimmed" truncate>
                        {samples.join(' · ') || t('imports.mapping.empty')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`${t('imports.mapping.field')}: ${header}`}
                        data={fieldOptions}
                        value={key ?? skip}
                        onChange={(value) => setColumn(header, value)}
                        allowDeselect={false}
                        searchable
                        size="sm"
                        error={key && duplicates.includes(key) ? true : undefined}
                        styles={key ? undefined : { input: { color: 'var(--mantine-color-dimmed)' } }}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      {duplicates.map((key) => (
        <Alert key={key} color="red" variant="light" icon={<IconAlertTriangle size={18} />} py="xs">
          {t('imports.mapping.duplicate', { field: byKey.get(key)?.label ?? key })}
        </Alert>
      ))}

      <Card>
        <Stack gap="sm">
          <div>
            <Title order={5}>{t('imports.mapping.defaults')}</Title>
            <Text size="sm" c="dimmed">
              {t('imports.mapping.defaultsHint')}
            </Text>
          </div>
          {defaultKeys.map((key) => {
            const field = byKey.get(key) as ImportField;
            return (
              <Group key={key} gap="xs" align="flex-end" wrap="nowrap">
                <div style={{ flex: 1, minWidth: 0 }}>
                  <FieldValueInput
                    field={field}
                    label={field.required && !mappedKeys.has(key) ? `${field.label} *` : field.label}
                    value={mapping.defaults[key] ?? ''}
                    onChange={(value) => onChange(withDefault(mapping, key, value))}
                  />
                </div>
                {mapping.defaults[key] !== undefined ? (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="lg"
                    mb={2}
                    aria-label={t('actions.remove')}
                    onClick={() => onChange(withDefault(mapping, key, null))}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                ) : null}
              </Group>
            );
          })}
          <Select
            placeholder={t('imports.mapping.addDefault')}
            aria-label={t('imports.mapping.addDefault')}
            data={addableDefaults}
            value={null}
            onChange={(key) => key && onChange(withDefault(mapping, key, ''))}
            searchable
            maw={320}
          />
        </Stack>
      </Card>

      {valueMaps.length > 0 ? (
        <Card>
          <Stack gap="xs">
            <div>
              <Title order={5}>{t('imports.mapping.valueMaps')}</Title>
              <Text size="sm" c="dimmed">
                {t('imports.mapping.valueMapsHint')}
              </Text>
            </div>
            {valueMaps.map(({ field, from, to }) => (
              <Group key={`${field}:${from}`} gap="xs" wrap="nowrap" data-testid="value-map">
                <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
                  {t('imports.mapping.valueMapLine', { field: byKey.get(field)?.label ?? field, from, to })}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('actions.remove')}
                  onClick={() => onChange(withoutValueMap(mapping, field, from))}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Card>
      ) : null}

      {mappedColumns.length > 0 ? (
        <Card p={0}>
          <Text fw={600} size="sm" p="md" pb="xs">
            {t('imports.mapping.preview')}
          </Text>
          <Table.ScrollContainer minWidth={Math.max(320, mappedColumns.length * 130)}>
            <Table striped fz="xs" data-testid="mapping-preview">
              <Table.Thead>
                <Table.Tr>
                  {mappedColumns.map((column) => (
                    <Table.Th key={column.header} style={{ whiteSpace: 'nowrap' }}>
                      {byKey.get(column.key)?.label ?? column.key}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {job.sampleRows.slice(0, 5).map((row, rowIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: sample rows have no identity but their place
                  <Table.Tr key={rowIndex}>
                    {mappedColumns.map((column) => (
                      <Table.Td key={column.header} style={{ maxWidth: 220 }}>
                        <Text size="xs" truncate>
                          {mappedValue(mapping, column.key, row[column.index]) || t('imports.mapping.empty')}
                        </Text>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ) : null}

      {missing.length > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="missing-required">
          {t('imports.mapping.missingRequired', { fields: missing.map((field) => field.label).join(', ') })}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button
          size="md"
          leftSection={<IconChecklist size={18} />}
          rightSection={<IconArrowRight size={18} />}
          onClick={onCheck}
          loading={checking}
          disabled={missing.length > 0 || duplicates.length > 0}
          data-testid="check-import"
        >
          {t('imports.mapping.check')}
        </Button>
      </Group>
    </Stack>
  );
};
