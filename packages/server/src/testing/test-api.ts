import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { buildApp } from '../app';
import { fixedClock } from '../platform/clock';
import { type Database, fromPglite, loadPglite, openDatabase } from '../platform/db/client';
import { createMemoryMailer } from '../platform/mail/mailer';
import { HttpClient } from './http-client';
import { adminUrl, databaseUrlFor, dropDatabase } from './postgres';

export type DatabaseKind = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI sets it). */
export const databaseKinds: DatabaseKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

let snapshot: Promise<Blob> | null = null;

/** The migrated PGlite data directory the global setup dumped, read once per test worker. */
const migratedSnapshot = (): Promise<Blob> => {
  snapshot ??= readFile(inject('pgliteSnapshot')).then((bytes) => new Blob([bytes]));
  return snapshot;
};

/** A fresh, migrated database of the given kind, and how to throw it away. */
export const openTestDatabase = async (
  kind: DatabaseKind,
): Promise<{ database: Database; dispose(): Promise<void> }> => {
  if (kind === 'pglite') {
    const database = fromPglite(await loadPglite(await migratedSnapshot()));
    return { database, dispose: () => database.close() };
  }
  const url = process.env.DATABASE_URL as string;
  const name = `pacer_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = await adminUrl(url);
  await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
  const database = await openDatabase({ kind: 'postgres', url: databaseUrlFor(url, name) });
  return {
    database,
    dispose: async () => {
      await database.close();
      await dropDatabase(admin, name);
      await admin.end();
    },
  };
};

export interface TestApiOptions {
  authPerMinute?: number;
  trustProxy?: boolean;
}

/** A running Pacer on a fresh database, reached over real HTTP on a free port. */
export class TestApi {
  readonly mailer = createMemoryMailer();
  readonly clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
  app!: FastifyInstance;
  database!: Database;
  baseUrl = '';
  private disposeDatabase: () => Promise<void> = async () => {};

  constructor(
    readonly kind: DatabaseKind,
    private readonly options: TestApiOptions = {},
  ) {}

  async start() {
    const opened = await openTestDatabase(this.kind);
    this.database = opened.database;
    this.disposeDatabase = opened.dispose;
    const webDir = mkdtempSync(join(tmpdir(), 'pacer-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Pacer</title><div id="root"></div>');
    this.app = await buildApp({
      database: this.database,
      logger: pino({ level: 'silent' }),
      mailer: this.mailer,
      clock: this.clock,
      publicUrl: 'http://pacer.test',
      rateLimits: { authPerMinute: this.options.authPerMinute ?? 10_000 },
      trustProxy: this.options.trustProxy ?? false,
      webDir,
    });
    await this.app.listen({ port: 0, host: '127.0.0.1' });
    const address = this.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    this.baseUrl = `http://127.0.0.1:${address.port}`;
  }

  async stop() {
    await this.app?.close();
    await this.disposeDatabase();
  }

  client() {
    return new HttpClient(this.baseUrl);
  }

  /** Signs up a new org; answers its admin's client and the session view. */
  async signUp(overrides: Record<string, unknown> = {}) {
    const client = this.client();
    const email = `admin-${randomUUID().slice(0, 8)}@example.com`;
    const answer = await client.post('/api/v1/auth/sign-up', {
      orgName: 'Acme Sales',
      name: 'Ada Admin',
      email,
      password: 'correct horse battery',
      ...overrides,
    });
    if (answer.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(answer.body)}`);
    return { client, session: answer.body, email };
  }

  /** Invites someone as `admin` and accepts as them; answers the newcomer's signed-in client. */
  async invite(
    admin: HttpClient,
    input: { role: string; repType?: string; teamId?: string; name?: string; email?: string },
  ) {
    const email = input.email ?? `${input.role}-${randomUUID().slice(0, 8)}@example.com`;
    const sent = await admin.post('/api/v1/invitations', {
      email,
      role: input.role,
      repType: input.repType,
      teamId: input.teamId,
    });
    if (sent.status !== 201) throw new Error(`invite failed: ${JSON.stringify(sent.body)}`);
    const token = new URL(sent.body.acceptUrl).searchParams.get('token');
    const client = this.client();
    const accepted = await client.post('/api/v1/invitations/accept', {
      token,
      name: input.name ?? `${input.role} person`,
      password: 'rep password 123',
    });
    if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
    return { client, userId: accepted.body.user.id as string, email, session: accepted.body };
  }
}

/** Runs a block of API tests once per database kind, each on its own fresh database and server. */
export const describeApi = (title: string, body: (api: TestApi) => void, options?: TestApiOptions) => {
  describe.each(databaseKinds)(`${title} [%s]`, (kind) => {
    const api = new TestApi(kind, options);
    beforeAll(() => api.start());
    afterAll(() => api.stop());
    body(api);
  });
};
