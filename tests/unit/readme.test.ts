/** The README's field table and the schema's own documentation agree with the schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFields, articleSchema } from '../../src/schema/article.ts';
import { root } from '../helpers/build.ts';

/** Every field path of the schema: `title`, `source.name`, … */
function schemaFields(): string[] {
  const paths: string[] = [];
  for (const [key, field] of Object.entries(articleSchema.shape)) {
    const inner = (field as { shape?: Record<string, unknown> }).shape;
    if (inner) for (const sub of Object.keys(inner)) paths.push(`${key}.${sub}`);
    else paths.push(key);
  }
  return paths.sort();
}

describe('the article fields', () => {
  it('the README table names exactly the schema fields', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| field | required | rule |')).split('\n\n')[0]!;
    const named = table
      .split('\n')
      .slice(2)
      .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
    expect(named.sort()).toEqual(schemaFields());
  });

  it('the list of allowed fields, shown with an unknown one, is the schema’s', () => {
    expect([...articleFields].sort()).toEqual(Object.keys(articleSchema.shape).sort());
  });

  it('every field has a JSDoc comment where it is defined', () => {
    const code = readFileSync(join(root, 'src/schema/article.ts'), 'utf8');
    for (const path of schemaFields()) {
      const key = path.split('.').pop()!;
      expect(code, `${path} has no JSDoc`).toMatch(new RegExp(`\\*/\\n\\s*${key}: `));
    }
  });
});
