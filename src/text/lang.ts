/** Reading a BCP 47 language tag: the rules that differ by language go by its primary subtag. */

/** `fr-CA` → `fr`; the tag is canonicalised by the schema, but a hand-made one may be upper case. */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] || 'en';
}
