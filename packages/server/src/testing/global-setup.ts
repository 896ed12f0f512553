import type { TestProject } from 'vitest/node';
import { openDatabase } from '../platform/db/client';
import { migrateDatabase } from '../platform/db/migrate';
import { adminUrl, databaseUrlFor, dropDatabase } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
  }
}

/** With DATABASE_URL, migrates one template database that every test file clones. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    project.provide('pgTemplate', null);
    return;
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
    await dropDatabase(admin, template);
    await admin.end();
  };
}
