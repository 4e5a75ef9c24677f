/**
 * Markup that makes words vanish: a tag the author wrote that is no HTML element (`<REDACTED>`,
 * `<name>`) is read as markup, so a browser shows nothing of it. Such an entry is refused, naming
 * the line and the tag, with the fix: a backslash before the `<` shows the text as written. Pure.
 */
import type { SourceFacts } from '../../text/source-facts.ts';
import type { Failure } from './report.ts';

/** `unknownTags` with their lines in the content file. */
export function checkMarkup(source: Pick<SourceFacts, 'unknownTags'>): Failure[] {
  return (source.unknownTags ?? []).map(({ tag, line }) => ({
    check: 'markup',
    message: `${line !== undefined ? `line ${line}: ` : ''}${tag} is not an HTML element, so a reader would see nothing of it; write \\${tag} to show it as text`,
    expected: `\\${tag}`,
    found: tag,
  }));
}
