import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { migrationsFolder } from './migrate';

const serverDir = fileURLToPath(new URL('../../..', import.meta.url));

it('has committed migrations that match the schema (no drift)', () => {
  const copy = mkdtempSync(join(tmpdir(), 'pacer-drift-'));
  cpSync(migrationsFolder, copy, { recursive: true });
  const before = readdirSync(copy).sort();
  const output = execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './src/platform/db/schema.ts',
      '--out',
      relative(serverDir, copy),
    ],
    { cwd: serverDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  expect(output).toMatch(/No schema changes|migration file/);
  const after = readdirSync(copy).sort();
  expect(after, `schema changed without a migration: run \`npm run db:generate -w @pacer/server\`\n${output}`).toEqual(
    before,
  );
}, 60_000);
