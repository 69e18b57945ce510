// The JSON Schema of every file format, generated from the library's zod schemas.
import * as z from 'zod';

const TITLES = {
  costs: 'inkoop costs file (inkoop tco)',
  tender: 'inkoop tender file (inkoop score)',
  answers: 'inkoop answers file (inkoop scaffold --answers)',
};

export async function jsonSchemas() {
  const lib = await import('../dist/index.js');
  const out = {};
  for (const [exportName, schema] of Object.entries(lib)) {
    const m = /^(\w+)FileSchema$/.exec(exportName);
    if (!m) continue;
    const name = m[1];
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    out[name] = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `https://github.com/inkoop/inkoop/schemas/${name}.schema.json`,
      title: TITLES[name] ?? name,
      ...Object.fromEntries(Object.entries(json).filter(([k]) => k !== '$schema')),
    };
  }
  return out;
}
