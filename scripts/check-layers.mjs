#!/usr/bin/env node
// Fails when an import crosses the layering: app/ is pure (no electron, node:*, fs, React, DOM
// libraries, nothing from main/ or renderer/); main/ and renderer/ never import each other.
// Type-only imports of app/ are fine everywhere. Runs in `npm run lint`, so in `npm test`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const NODE_BUILTINS = /^(node:|fs$|fs\/|path$|os$|child_process$|crypto$|worker_threads$|url$|util$|stream$|zlib$|http$|net$)/;

const rules = {
  app: (spec, target) =>
    target === 'main' || target === 'renderer'
      ? 'imports from ' + target + '/'
      : spec === 'electron'
        ? 'imports electron'
        : NODE_BUILTINS.test(spec)
          ? 'imports a Node built-in'
          : /^(react|react-dom|lexical|@lexical\/)/.test(spec)
            ? 'imports a UI library'
            : null,
  main: (_spec, target) => (target === 'renderer' ? 'imports from renderer/' : null),
  renderer: (spec, target) =>
    target === 'main'
      ? 'imports from main/'
      : spec === 'electron'
        ? 'imports electron'
        : NODE_BUILTINS.test(spec)
          ? 'imports a Node built-in'
          : null,
};

const problems = [];
for (const layer of Object.keys(rules)) {
  for (const file of files(join(root, layer))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const typeOnly = Boolean(match[2]);
      const spec = match[3] ?? match[4];
      const target = spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)).split(sep)[0] : null;
      const problem = rules[layer](spec, target);
      if (problem && !(typeOnly && target === 'app')) {
        problems.push(`${relative(root, file)}: ${problem} (${spec})`);
      }
    }
  }
}
if (problems.length) {
  console.error(`Layering violated (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Layering OK: app/ pure; main/ and renderer/ apart.');
