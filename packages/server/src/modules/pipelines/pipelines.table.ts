import { salesRoles, stageKinds } from '@pacer/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { archivedAt, createdAt } from '../../platform/db/columns';
import { orgs } from '../orgs/orgs.table';

export const stageKindEnum = pgEnum('stage_kind', stageKinds);
export const salesRoleEnum = pgEnum('sales_role', salesRoles);

/** Sales pipelines (new business, renewals, …); one is the org's default. */
export const pipelines = pgTable(
  'pipelines',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    isDefault: boolean('is_default').notNull().default(false),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('pipelines_name_key').on(t.orgId, sql`lower(${t.name})`),
    uniqueIndex('pipelines_default_key').on(t.orgId).where(sql`${t.isDefault}`),
  ],
);

/** Ordered stages of a pipeline, each with its win probability and kind. */
export const stages = pgTable(
  'stages',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    pipelineId: uuid('pipeline_id').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    probability: smallint('probability').notNull(),
    kind: stageKindEnum('kind').notNull().default('open'),
    ownerRole: salesRoleEnum('owner_role'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.pipelineId], foreignColumns: [pipelines.orgId, pipelines.id] }).onDelete(
      'cascade',
    ),
    index('stages_pipeline_idx').on(t.orgId, t.pipelineId, t.position),
    check('stages_probability_check', sql`${t.probability} between 0 and 100`),
  ],
);
