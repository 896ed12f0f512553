import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPglite, fromPglite, openDatabase } from '../platform/db/client';
import { migrateDatabase } from '../platform/db/migrate';
import { adminUrl, databaseUrlFor, dropDatabase } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgliteSnapshot: string;
  }
}

/**
 * Migrates one PGlite and dumps its data directory to a file, which every test's PGlite loads (a
 * third of the time of starting empty and migrating); with DATABASE_URL, also migrates one
 * template database that every test file clones.
 */
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), 'pacer-test-'));
  const snapshot = join(folder, 'migrated.tar');
  const pglite = await createPglite(null);
  await migrateDatabase(fromPglite(pglite));
  writeFileSync(snapshot, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await pglite.close();
  project.provide('pgliteSnapshot', snapshot);
  const removeSnapshot = () => rmSync(folder, { recursive: true, force: true });

  const url = process.env.DATABASE_URL;
  if (!url) {
    project.provide('pgTemplate', null);
    return removeSnapshot;
  }
  const template = `pacer_test_tpl_${process.pid}`;
  const admin = await adminUrl(url);
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const database = await openDatabase({ kind: 'postgres', url: databaseUrlFor(url, template) });
  await migrateDatabase(database);
  await database.close();
  project.provide('pgTemplate', template);
  return async () => {
    removeSnapshot();
    await dropDatabase(admin, template);
    await admin.end();
  };
}
