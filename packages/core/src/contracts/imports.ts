import { z } from 'zod';
import { recordTypes } from '../crm/vocabulary';
import { idSchema, instantSchema, pageQuerySchema } from './common';

export const importStatuses = [
  'uploaded',
  'validating',
  'validated',
  'invalid',
  'running',
  'completed',
  'failed',
  /** Left unimported past the keep time: the file is gone from the server's disk. */
  'expired',
] as const;
export type ImportStatus = (typeof importStatuses)[number];

/**
 * How file columns become record fields: each file column names the field it fills (or null to skip);
 * `valueMaps` rewrite cell values before they are read (e.g. "GTXPro" → "GTX Pro"), so a user can
 * fix what does not join without editing the file.
 */
export const importMappingSchema = z.object({
  columns: z.record(z.string(), z.string().nullable()).describe('File column → field key (null skips the column)'),
  valueMaps: z
    .record(z.string(), z.record(z.string(), z.string()))
    .default({})
    .describe('Field key → { value in the file: value to use }'),
  defaults: z
    .record(z.string(), z.string())
    .default({})
    .describe('Field key → value for rows where the file has none (e.g. the pipeline, the currency)'),
  dateFormat: z.enum(['iso', 'dmy', 'mdy']).default('iso').describe('How dates without a year first are written'),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** A mapping as the API answers it (answers carry no input defaults). */
export const importMappingOutSchema = z
  .object({
    columns: z.record(z.string(), z.string().nullable()),
    valueMaps: z.record(z.string(), z.record(z.string(), z.string())),
    defaults: z.record(z.string(), z.string()),
    dateFormat: z.enum(['iso', 'dmy', 'mdy']),
  })
  .meta({ id: 'ImportMapping' });

export const importRowIssueSchema = z.object({
  row: z.number().int().describe('Line in the file, 1 = header, 2 = first data row'),
  field: z.string().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});
export type ImportRowIssue = z.infer<typeof importRowIssueSchema>;

export const importJobSchema = z
  .object({
    id: idSchema,
    recordType: z.enum(recordTypes),
    fileName: z.string(),
    fileFormat: z.enum(['csv', 'xlsx']),
    status: z.enum(importStatuses),
    headers: z.array(z.string()),
    sampleRows: z.array(z.array(z.string())).describe('The first rows of the file, as read'),
    detectedPreset: z.string().nullable().describe('salesforce, hubspot, pipedrive or pacer when the headers match'),
    mapping: importMappingOutSchema
      .nullable()
      .describe('After upload the suggested mapping; after validate or run the mapping used'),
    totalRows: z.number().int().nullable(),
    processedRows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    issueCount: z.number().int(),
    issues: z.array(importRowIssueSchema).describe('The first problems found (at most 200)'),
    message: z.string().nullable().describe('What the last validation or run concluded, in one sentence'),
    createdById: idSchema,
    createdAt: instantSchema,
    finishedAt: instantSchema.nullable(),
  })
  .meta({ id: 'ImportJob' });
export type ImportJob = z.infer<typeof importJobSchema>;

/** Run an import: with a mapping, or with the one its last validation used. */
export const startImportSchema = z.object({ mapping: importMappingSchema.optional() });
export type StartImportInput = z.infer<typeof startImportSchema>;
export const listImportsQuerySchema = pageQuerySchema.extend({ recordType: z.enum(recordTypes).optional() });
export type ListImportsQuery = z.infer<typeof listImportsQuerySchema>;
export const importFieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  required: z.boolean(),
  type: z.enum(['text', 'number', 'amount', 'date', 'datetime', 'boolean', 'email', 'enum', 'reference']),
  options: z.array(z.string()).optional(),
  description: z.string().optional(),
});
export type ImportField = z.infer<typeof importFieldSchema>;
export const importPresetSchema = z.object({
  key: z.string(),
  label: z.string(),
  recordType: z.enum(recordTypes),
  columns: z.record(z.string(), z.string()).describe('Header in that system’s export → Pacer field key'),
});
export type ImportPreset = z.infer<typeof importPresetSchema>;
