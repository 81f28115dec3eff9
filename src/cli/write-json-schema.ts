/** `npm run schema`: writes the JSON Schema files that other tools can produce editions against. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ArchiveYearSchema, ArticleFileSchema, EditionIndexSchema, EditionSchema, SiteSchema } from '../schema/edition.ts';
import { ManifestSchema, PaperConfigSchema } from '../schema/manifest.ts';

export const JSON_SCHEMAS = {
  'src/schema/edition.schema.json': EditionSchema,
  'src/schema/edition-index.schema.json': EditionIndexSchema,
  'src/schema/article.schema.json': ArticleFileSchema,
  'src/schema/site.schema.json': SiteSchema,
  'src/schema/archive-year.schema.json': ArchiveYearSchema,
  'src/schema/manifest.schema.json': ManifestSchema,
  'src/schema/paper.schema.json': PaperConfigSchema,
} as const;

export function jsonSchemaText(schema: z.core.$ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [file, schema] of Object.entries(JSON_SCHEMAS)) writeFileSync(file, jsonSchemaText(schema));
  process.stderr.write(`wrote ${Object.keys(JSON_SCHEMAS).length} JSON Schema files\n`);
}
