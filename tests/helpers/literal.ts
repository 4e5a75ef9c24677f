/**
 * Generated text made of what Markdown and HTML read as syntax, for the property tests that
 * every reader keeps literal text literal: one paragraph, white space as a browser shows it.
 */
import fc from 'fast-check';

const syntaxUnits = ['*', '_', '`', '<', '>', '[', ']', '(', ')', '#', '-', '1.', '&', 'amp;', '\\', '|', ' ', 'a', 'é', '"', '«', '»'];

/** A paragraph of syntax characters, never empty. */
export const syntaxParagraph = fc
  .string({ unit: fc.constantFrom(...syntaxUnits), minLength: 1, maxLength: 30 })
  .map((line) => line.replace(/\s+/g, ' ').trim())
  .filter((paragraph) => paragraph.length > 0);

/** Text as HTML writes it: what a reader shows as the text itself. */
export const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
