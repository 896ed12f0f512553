import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { runCli, withDatabaseName } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTemplate: string | null;
  }
}

/**
 * With DATABASE_URL, migrates one database and loads the demo into it once; every e2e file's server
 * then starts on a copy of it (a template copy takes a second, the demo load several).
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    project.provide('e2eTemplate', null);
    return;
  }
  const template = `pacer_e2e_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists "${template}"`);
  await admin.query(`create database "${template}"`);
  const env = { ...process.env, DATABASE_URL: withDatabaseName(url, template), LOG_LEVEL: 'warn' };
  runCli('migrate', env);
  runCli('demo', env);
  project.provide('e2eTemplate', template);
  return async () => {
    await admin.query(`drop database if exists "${template}" with (force)`);
    await admin.end();
  };
}
