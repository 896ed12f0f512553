import { AppError, type CompPlanTerms, type FieldIssue, planProblems } from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';

/*
 * What a plan's terms must pass beyond their field types: the engine's own rules (tiers upwards,
 * money fitting the plan's currency) and references to records of the org — product lines,
 * products and goals. Each problem is a 400 naming its field, e.g. `terms.components.2.goalId`.
 */

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const referencedTables = { product_lines: 'product line', products: 'product', goals: 'goal' } as const;
type ReferencedTable = keyof typeof referencedTables;

interface Reference {
  path: string;
  table: ReferencedTable;
  id: string;
}

const invalidTerms = (fields: FieldIssue[]) =>
  new AppError(
    'VALIDATION_FAILED',
    `Invalid plan — ${fields.map((field) => `${field.path}: ${field.message}`).join('; ')}`,
    fields,
  );

/** The engine's rules, checked against the plan's currency (a new version's body does not carry it). */
export const assertTermsRunnable = (currency: string, terms: CompPlanTerms) => {
  const problems = planProblems({ currency, ...terms });
  if (problems.length === 0) return;
  throw invalidTerms(problems.map((p) => ({ path: ['terms', ...p.path].join('.'), message: p.message })));
};

/** Every record the terms name, with the field that names it. */
const referencesOf = (terms: CompPlanTerms): Reference[] =>
  terms.components.flatMap((component, index): Reference[] => {
    const at = (field: string, table: ReferencedTable, id: string | undefined): Reference[] =>
      id === undefined ? [] : [{ path: `terms.components.${index}.${field}`, table, id }];
    switch (component.kind) {
      case 'product_line':
        return component.rules.flatMap((rule, ruleIndex) =>
          at(`rules.${ruleIndex}.productLineId`, 'product_lines', rule.productLineId),
        );
      case 'spiff':
        return [
          ...at('productId', 'products', component.productId),
          ...at('productLineId', 'product_lines', component.productLineId),
        ];
      case 'goal_bonus':
        return at('goalId', 'goals', component.goalId);
      default:
        return [];
    }
  });

/** Ids of one table that exist in the org, as PostgreSQL writes them (lower case, which is what the engine compares). */
const existingIds = async (db: Db, scope: Scope, table: ReferencedTable, ids: string[]): Promise<Set<string>> => {
  const candidates = [...new Set(ids.filter((id) => uuidPattern.test(id)))];
  if (candidates.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id::text from ${sql.identifier(table)}
        where org_id = ${scope.orgId} and id = any(${sql.param(candidates)}::uuid[])`,
  );
  return new Set(rows.map((row) => row.id));
};

/** Product lines, products and goals the terms name must be the org's own. */
export const assertReferencesExist = async (db: Db, scope: Scope, terms: CompPlanTerms) => {
  const references = referencesOf(terms);
  const missing: FieldIssue[] = [];
  for (const table of Object.keys(referencedTables) as ReferencedTable[]) {
    const ofTable = references.filter((reference) => reference.table === table);
    if (ofTable.length === 0) continue;
    const found = await existingIds(
      db,
      scope,
      table,
      ofTable.map((reference) => reference.id),
    );
    for (const reference of ofTable) {
      if (!found.has(reference.id)) {
        missing.push({ path: reference.path, message: `No such ${referencedTables[table]}` });
      }
    }
  }
  if (missing.length) throw invalidTerms(missing);
};

/** Terms the engine can run, naming only the org's records. */
export const checkTerms = async (db: Db, scope: Scope, currency: string, terms: CompPlanTerms) => {
  assertTermsRunnable(currency, terms);
  await assertReferencesExist(db, scope, terms);
};
