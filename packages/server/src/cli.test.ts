import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/pacer.js', import.meta.url));
const pacer = (args: string[], dataDir: string) =>
  execFileSync('node', [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', PACER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  });

it('creates a first admin, loads the demo once, and explains itself', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pacer-cli-'));
  expect(pacer(['--help'], dataDir)).toMatch(/serve[\s\S]*migrate[\s\S]*demo[\s\S]*user/);
  expect(pacer(['user', 'create', '--help'], dataDir)).toContain('--email');
  const created = pacer(
    ['user', 'create', '--email', 'ops@example.com', '--name', 'Olga Ops', '--org', 'Headless'],
    dataDir,
  );
  expect(created).toMatch(/Created org .* with admin ops@example.com/);
  expect(created).toMatch(/Password: \S{12,}/);
  expect(pacer(['demo'], dataDir)).toContain('manager@summit.example');
  expect(() => pacer(['demo'], dataDir)).toThrow(/already loaded/);
}, 60_000);
