/**
 * A source's profile: one YAML file a source under `content/sources/`, describing who publishes
 * what the site republishes. An article's `source.name` links to the profile with that name;
 * a source without a profile still gets its page.
 */
import { z } from 'astro/zod';
import { isHttpUrl, objectErrors } from './article.ts';

const text = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` });

/** The fields a profile may have; any other is refused as a likely typo. */
export const sourceFields = ['name', 'url', 'description', 'country', 'kind'] as const;

export const sourceSchema = z.strictObject(
  {
    /** The name articles credit it by, exactly (`source.name`: "Press TV"). Required. */
    name: text('name'),
    /** Its home page: an absolute http(s) URL. Optional. */
    url: text('url').refine(isHttpUrl, { error: 'url must be an absolute http:// or https:// URL' }).optional(),
    /** Who publishes it, in plain facts ("Iranian state-owned English-language broadcaster"). Optional. */
    description: text('description').optional(),
    /** Where it is based ("Iran"). Optional. */
    country: text('country').optional(),
    /** What it is: a state broadcaster, a wire agency, a newspaper, an NGO, … Optional, free text. */
    kind: text('kind').optional(),
  },
  { error: objectErrors(sourceFields, '', 'the profile is empty: give at least `name: ...`') },
);

export type SourceProfile = z.output<typeof sourceSchema>;
