import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'packages/server/bin/pacer.js');

/** A Pacer server started for one test file, with the demo org loaded. */
export interface TestServer {
  /** Origin the browser opens, e.g. http://127.0.0.1:41234 */
  url: string;
  stop: () => Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/** Run a one-shot CLI command (migrate, demo) and fail loudly with its output. */
export const runCli = (command: string, env: NodeJS.ProcessEnv): void => {
  const result = spawnSync(process.execPath, [cli, command], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`pacer ${command} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
};

export const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/**
 * A fresh PostgreSQL database on the server of DATABASE_URL (a copy of `template` when given), and a
 * way to drop it again.
 */
export const createDatabase = async (serverUrl: string, template?: string) => {
  const name = `pacer_e2e_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await admin.end();
  }
  const drop = async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    } finally {
      await client.end();
    }
  };
  return { url: withDatabaseName(serverUrl, name), drop };
};

const waitForHealth = async (url: string, child: ChildProcess, output: () => string, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited early (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok && ((await response.json()) as { status?: string }).status === 'ok') return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy within ${timeoutMs} ms:\n${output()}`);
};

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });

/**
 * Start the real server on a free port. Without DATABASE_URL it uses a fresh embedded database in a
 * temporary folder (the demo loads on first start); with DATABASE_URL it creates a fresh database on
 * that PostgreSQL server, migrates it and loads the demo. The web app must be built (npm run test:e2e does it).
 */
export const startServer = async (): Promise<TestServer> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    LOG_LEVEL: 'warn',
    PACER_DEMO: 'auto',
  };
  let cleanup = async () => {};

  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    // The e2e global setup loads the demo once into a template; each file serves its own copy.
    const template = inject('e2eTemplate');
    const database = await createDatabase(serverUrl, template ?? undefined);
    env.DATABASE_URL = database.url;
    cleanup = database.drop;
    if (!template) {
      runCli('migrate', env);
      runCli('demo', env);
    }
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'pacer-e2e-'));
    env.PACER_DATA_DIR = dataDir;
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }

  const child = spawn(process.execPath, [cli, 'serve'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = async () => {
    await stopChild(child);
    await cleanup();
  };
  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
};
