import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packages = fileURLToPath(new URL('../..', import.meta.url));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^import\s+(?:type\s+)?(?:\{([^}]*)\}|[\w*\s,]+)\s+from\s+'([^']+)'/gm)].map(
    (m) => ({
      names: (m[1] ?? '')
        .split(',')
        .map((n) => n.replace(/^\s*type\s+/, '').trim())
        .filter(Boolean),
      from: m[2] as string,
    }),
  );

/** The boundaries of ARCHITECTURE.md and STYLE.md, held by a test rather than by goodwill. */
describe('architecture boundaries', () => {
  it('keeps core pure: no Node built-ins, no I/O libraries', () => {
    const allowed = /^(\.{1,2}\/|zod$|decimal\.js$|fast-check$|vitest$)/;
    const offenders = sourceFiles(join(packages, 'core/src')).flatMap((file) =>
      importsOf(file)
        .filter((i) => !allowed.test(i.from))
        .map((i) => `${relative(packages, file)} imports ${i.from}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the web app on the public API: it never imports the server', () => {
    const offenders = sourceFiles(join(packages, 'web/src')).flatMap((file) =>
      importsOf(file)
        .filter((i) => i.from.startsWith('@pacer/server') || i.from.includes('/server/'))
        .map((i) => `${relative(packages, file)} imports ${i.from}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps platform free of business modules except the auth layer that scopes them', () => {
    const offenders = sourceFiles(join(packages, 'server/src/platform'))
      .filter((file) => !file.includes('/platform/auth/') && !file.endsWith('schema.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) =>
        importsOf(file)
          .filter((i) => i.from.includes('/modules/'))
          .map((i) => `${relative(packages, file)} imports ${i.from}`),
      );
    expect(offenders).toEqual([]);
  });

  it('lets a module write only its own tables; others change through its functions', () => {
    const modulesDir = join(packages, 'server/src/modules');
    // The demo loader seeds every table of a fresh org in one transaction, by design.
    const seeders = new Set(['demo']);
    const offenders: string[] = [];
    for (const file of sourceFiles(modulesDir).filter((f) => !f.endsWith('.test.ts'))) {
      const owner = relative(modulesDir, file).split('/')[0] as string;
      if (seeders.has(owner)) continue;
      const foreignTables = importsOf(file)
        .filter((i) => /\/modules\/|^\.\.\/[\w-]+\//.test(i.from) && i.from.endsWith('.table'))
        .filter((i) => !i.from.startsWith(`../${owner}/`))
        .flatMap((i) => i.names);
      const source = readFileSync(file, 'utf8');
      for (const table of foreignTables) {
        if (new RegExp(`\\.(insert|update|delete)\\(\\s*${table}\\b`).test(source)) {
          offenders.push(`${relative(packages, file)} writes ${table}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
