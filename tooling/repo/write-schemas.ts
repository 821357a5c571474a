// Writes the JSON Schema files the packages publish: `pnpm --filter @bootstat/repo-tests schemas`. A test fails
// when a committed file differs from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMAS, schemaText } from './json-schemas';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
for (const entry of JSON_SCHEMAS) {
  const path = join(REPO, entry.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, schemaText(entry));
  process.stdout.write(`${entry.file}\n`);
}
