import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { HttpClient } from './testing/http-client';

const bin = fileURLToPath(new URL('../bin/pacer.js', import.meta.url));

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Starts `pacer serve` on the embedded database and waits until it says it is running. */
const serve = async (dataDir: string, port: number) => {
  const child = spawn('node', [bin, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PACER_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 60_000;
  while (!output.includes('Pacer is running')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => output };
};

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

it('loads the demo on the first start only, keeps data across restarts, and stops cleanly on SIGTERM', async () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'pacer-main-')), 'data');
  const port = await freePort();
  const client = new HttpClient(`http://127.0.0.1:${port}`);

  const first = await serve(dataDir, port);
  expect(first.output()).toContain('Demo org "Summit Supply (demo)" loaded');
  expect(first.output()).toContain('manager@summit.example');
  expect((await client.get('/api/health')).body.status).toBe('ok');
  expect(
    (await client.post('/api/v1/auth/sign-in', { email: 'admin@summit.example', password: 'pacer-demo' })).status,
  ).toBe(200);
  expect((await client.post('/api/v1/regions', { name: 'Kept across restarts' })).status).toBe(201);
  expect(await stop(first.child)).toBe(0);

  const second = await serve(dataDir, port);
  expect(second.output()).not.toContain('Demo org');
  const regions = await client.get('/api/v1/regions');
  expect(regions.body.items.map((r: { name: string }) => r.name)).toContain('Kept across restarts');
  expect(await stop(second.child)).toBe(0);
}, 120_000);
