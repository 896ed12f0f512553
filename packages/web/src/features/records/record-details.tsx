import { Card, DataList, Group, Text, Title } from '@mantine/core';
import type { Address, CustomizableRecordType, CustomValues } from '@pacer/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useCustomFieldRows } from '../custom-fields/custom-field-inputs';

/** A field of a record page: label left, value right; empty values show a quiet dash. */
export interface FieldRow {
  label: string;
  value: ReactNode;
  /** Kept out of the list when it has no value. */
  optional?: boolean;
}

const isEmpty = (value: ReactNode) => value === null || value === undefined || value === '' || value === false;

export const FieldList = ({ fields }: { fields: FieldRow[] }) => (
  <DataList size="sm" gap="xs">
    {fields
      .filter((field) => !(field.optional && isEmpty(field.value)))
      .map((field) => (
        <DataList.Item key={field.label}>
          {/* A fixed label column: long labels (German ones) wrap instead of pushing the values out of line. */}
          <DataList.ItemLabel style={{ flex: '0 0 40%', maxWidth: '40%', minWidth: 0 }}>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}>
              {field.label}
            </Text>
          </DataList.ItemLabel>
          <DataList.ItemValue style={{ flex: 1, minWidth: 0 }}>
            <Text component="div" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {isEmpty(field.value) ? (
                <Text span c="dimmed">
                  —
                </Text>
              ) : (
                field.value
              )}
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
      ))}
  </DataList>
);

/** A titled card of a record page, with an optional action on the right of its title. */
export const SectionCard = ({
  title,
  action,
  children,
  testId,
}: {
  title: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}) => (
  <Card data-testid={testId}>
    <Group justify="space-between" mb="sm" gap="xs" wrap="nowrap">
      <Title order={4} style={{ minWidth: 0 }}>
        {title}
      </Title>
      {action}
    </Group>
    {children}
  </Card>
);

/** An address as the lines of an envelope; nothing when it is empty. */
export const addressRow = (t: TFunction, address: Address): FieldRow => {
  const lines = [
    address.street,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.region,
    address.country,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    label: t('records.form.address'),
    value: lines ? <span style={{ whiteSpace: 'pre-line' }}>{lines}</span> : null,
  };
};

/** What every record with an owner and custom fields carries beside its own fields. */
interface DetailedRecord {
  ownerName: string | null;
  custom: CustomValues;
  createdAt: string;
  updatedAt: string;
  externalId: string | null;
  notes?: string | null;
}

/**
 * The details card of a record page: the type's own fields, then its owner, custom fields, when it
 * was created and changed, the id it was imported with, and its notes below.
 */
export const RecordDetails = ({
  type,
  record,
  fields,
}: {
  type: CustomizableRecordType;
  record: DetailedRecord;
  fields: FieldRow[];
}) => {
  const { t } = useTranslation();
  const custom = useCustomFieldRows(type, record.custom);
  return (
    <SectionCard title={t('records.page.details')}>
      <FieldList
        fields={[
          ...fields,
          { label: t('records.fields.owner'), value: record.ownerName },
          ...custom,
          { label: t('records.fields.created'), value: formatDate(record.createdAt) },
          { label: t('records.page.updated'), value: formatDate(record.updatedAt) },
          { label: t('records.page.externalId'), value: record.externalId, optional: true },
        ]}
      />
      {record.notes ? (
        <>
          <Text size="sm" c="dimmed" mt="md" mb={4}>
            {t('records.fields.notes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {record.notes}
          </Text>
        </>
      ) : null}
    </SectionCard>
  );
};
