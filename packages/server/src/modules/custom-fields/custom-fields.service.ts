import {
  AppError,
  type CreateCustomFieldInput,
  type CustomField,
  type CustomizableRecordType,
  type CustomValues,
  type UpdateCustomFieldInput,
} from '@pacer/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { customFields } from './custom-fields.table';

type Row = typeof customFields.$inferSelect;
const toCustomField = (row: Row): CustomField => ({
  id: row.id,
  recordType: row.recordType,
  key: row.key,
  label: row.label,
  type: row.type,
  options: row.options,
  position: row.position,
});

export const listCustomFields = async (db: Db, scope: Scope, recordType?: CustomizableRecordType) =>
  (
    await db
      .select()
      .from(customFields)
      .where(and(inOrg(scope, customFields.orgId), recordType ? eq(customFields.recordType, recordType) : undefined))
      .orderBy(asc(customFields.recordType), asc(customFields.position), asc(customFields.label))
  ).map(toCustomField);

const getCustomFieldRow = async (db: Db, scope: Scope, id: string) => {
  const [row] = await db
    .select()
    .from(customFields)
    .where(and(inOrg(scope, customFields.orgId), eq(customFields.id, id)));
  if (!row) throw new AppError('NOT_FOUND', 'No such custom field');
  return row;
};

export const createCustomField = async (db: Db, scope: Scope, input: CreateCustomFieldInput): Promise<CustomField> =>
  db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: customFields.id })
      .from(customFields)
      .where(
        and(
          inOrg(scope, customFields.orgId),
          eq(customFields.recordType, input.recordType),
          eq(customFields.key, input.key),
        ),
      );
    if (taken) throw new AppError('CONFLICT', `The key "${input.key}" is taken`, [{ path: 'key', message: 'Taken' }]);
    const [row] = await tx
      .insert(customFields)
      .values({
        orgId: scope.orgId,
        ...input,
        position: sql`(select coalesce(max(position), -1) + 1 from custom_fields where org_id = ${scope.orgId} and record_type = ${input.recordType})`,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Custom field was not created');
    await recordAudit(tx, scope, {
      action: 'custom_field.created',
      entity: 'custom_field',
      entityId: row.id,
      data: input,
    });
    return toCustomField(row);
  });

export const updateCustomField = async (
  db: Db,
  scope: Scope,
  id: string,
  input: UpdateCustomFieldInput,
): Promise<CustomField> =>
  db.transaction(async (tx) => {
    const before = await getCustomFieldRow(tx, scope, id);
    if (input.options && before.type !== 'select') {
      throw new AppError('VALIDATION_FAILED', 'Only select fields have options', [
        { path: 'options', message: 'Only select fields have options' },
      ]);
    }
    const [row] = await tx
      .update(customFields)
      .set(input)
      .where(and(inOrg(scope, customFields.orgId), eq(customFields.id, id)))
      .returning();
    await recordAudit(tx, scope, { action: 'custom_field.updated', entity: 'custom_field', entityId: id, data: input });
    return toCustomField(row as Row);
  });

/** Removes the definition; values already stored stay in the records' history but are no longer shown. */
export const deleteCustomField = async (db: Db, scope: Scope, id: string): Promise<void> =>
  db.transaction(async (tx) => {
    const before = await getCustomFieldRow(tx, scope, id);
    await tx.delete(customFields).where(and(inOrg(scope, customFields.orgId), eq(customFields.id, id)));
    await recordAudit(tx, scope, {
      action: 'custom_field.deleted',
      entity: 'custom_field',
      entityId: id,
      data: { key: before.key, recordType: before.recordType },
    });
  });

const invalid = (key: string, message: string) =>
  new AppError('VALIDATION_FAILED', `custom.${key}: ${message}`, [{ path: `custom.${key}`, message }]);

/** Checks one value against its field definition; answers the value to store. */
export const checkCustomValue = (field: Pick<CustomField, 'key' | 'type' | 'options'>, value: unknown) => {
  if (value === null || value === '') return null;
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') throw invalid(field.key, 'Expected text');
      return value;
    case 'number': {
      const number = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(number)) throw invalid(field.key, 'Expected a number');
      return number;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw invalid(field.key, 'Expected true or false');
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw invalid(field.key, 'Use YYYY-MM-DD');
      return value;
    case 'select':
      if (typeof value !== 'string' || !field.options.includes(value)) {
        throw invalid(field.key, `Choose one of: ${field.options.join(', ')}`);
      }
      return value;
  }
};

/**
 * The custom values to store after a write: `input` patches `existing` (null removes a value);
 * unknown keys and values of the wrong type are refused.
 */
export const mergeCustomValues = async (
  db: Db,
  scope: Scope,
  recordType: CustomizableRecordType,
  input: CustomValues | undefined,
  existing: CustomValues = {},
): Promise<CustomValues> => {
  if (!input || Object.keys(input).length === 0) return existing;
  const fields = new Map((await listCustomFields(db, scope, recordType)).map((field) => [field.key, field]));
  const merged: CustomValues = { ...existing };
  for (const [key, value] of Object.entries(input)) {
    const field = fields.get(key);
    if (!field) throw invalid(key, 'No such custom field');
    const checked = checkCustomValue(field, value);
    if (checked === null) delete merged[key];
    else merged[key] = checked;
  }
  return merged;
};
