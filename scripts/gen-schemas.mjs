// Writes schemas/<name>.schema.json from the zod schemas the library exports
// (every export named `<name>FileSchema`). The JSON Schemas are generated,
// never written by hand; test/unit/schemas.test.ts checks they are current.
import { writeFileSync, mkdirSync } from 'node:fs';
import { jsonSchemas } from './json-schemas.mjs';

mkdirSync('schemas', { recursive: true });
for (const [name, schema] of Object.entries(await jsonSchemas())) {
  writeFileSync(`schemas/${name}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
  console.log(`schemas/${name}.schema.json`);
}
