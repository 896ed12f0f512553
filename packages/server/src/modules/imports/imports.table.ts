import { type ImportMapping, type ImportRowIssue, importStatuses } from '@pacer/core';
import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from '../../platform/db/columns';
import { members } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';
import { recordTypeEnum } from '../saved-views/saved-views.table';

export const importStatusEnum = pgEnum('import_status', importStatuses);

/** One uploaded file and what became of it: mapping, validation report, progress and counts. */
export const imports = pgTable(
  'imports',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    createdById: uuid('created_by_id').notNull(),
    recordType: recordTypeEnum('record_type').notNull(),
    fileName: text('file_name').notNull(),
    fileFormat: text('file_format').notNull(),
    /** Where the upload waits on the server's disk until it is imported. */
    storedPath: text('stored_path').notNull(),
    fileSha256: text('file_sha256').notNull(),
    status: importStatusEnum('status').notNull().default('uploaded'),
    headers: jsonb('headers').$type<string[]>().notNull().default([]),
    sampleRows: jsonb('sample_rows').$type<string[][]>().notNull().default([]),
    detectedPreset: text('detected_preset'),
    mapping: jsonb('mapping').$type<ImportMapping>(),
    totalRows: integer('total_rows'),
    processedRows: integer('processed_rows').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    issueCount: integer('issue_count').notNull().default(0),
    issues: jsonb('issues').$type<ImportRowIssue[]>().notNull().default([]),
    message: text('message'),
    /** Last sign of life of a running job: a run whose progress stopped long ago may be started again. */
    progressAt: timestamp('progress_at', { withTimezone: true }),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.createdById], foreignColumns: [members.orgId, members.userId] }),
    index('imports_created_idx').on(t.orgId, t.createdAt),
  ],
);
