/** `npm run schema`: writes the JSON Schema files that other tools can produce editions against. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { EditionSchema, EditionIndexSchema, ArticleFileSchema, EditionListSchema } from '../schema/edition.ts';
import { ManifestSchema } from '../schema/manifest.ts';

export const JSON_SCHEMAS = {
  'src/schema/edition.schema.json': EditionSchema,
  'src/schema/edition-index.schema.json': EditionIndexSchema,
  'src/schema/article.schema.json': ArticleFileSchema,
  'src/schema/editions.schema.json': EditionListSchema,
  'src/schema/manifest.schema.json': ManifestSchema,
} as const;

export function jsonSchemaText(schema: z.core.$ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [file, schema] of Object.entries(JSON_SCHEMAS)) writeFileSync(file, jsonSchemaText(schema));
  process.stderr.write(`wrote ${Object.keys(JSON_SCHEMAS).length} JSON Schema files\n`);
}
