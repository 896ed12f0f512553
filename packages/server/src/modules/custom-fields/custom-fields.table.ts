import { customFieldTypes, customizableRecordTypes } from '@pacer/core';
import { integer, jsonb, pgEnum, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns';
import { orgs } from '../orgs/orgs.table';

export const customizableRecordTypeEnum = pgEnum('customizable_record_type', customizableRecordTypes);
export const customFieldTypeEnum = pgEnum('custom_field_type', customFieldTypes);

/** Fields an org adds to accounts, contacts, leads or deals; values live in each record's `custom`. */
export const customFields = pgTable(
  'custom_fields',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    recordType: customizableRecordTypeEnum('record_type').notNull(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    type: customFieldTypeEnum('type').notNull(),
    options: jsonb('options').$type<string[]>().notNull().default([]),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), unique('custom_fields_key').on(t.orgId, t.recordType, t.key)],
);
