/**
 * Leaving out, before a page is parsed, the text no reader ever sees and every page carries: its
 * inlined CSS and JSON-LD. The page is read tag by tag as the HTML tokenizer reads it, so that
 * nothing else is ever left out. Pure.
 */

/** A tag, its attributes read as the tokenizer reads them (a `<` or `>` inside quotes ends nothing). */
const tagAt = /<(\/?)([A-Za-z][^\s/>]*)(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/y;

/** Elements whose text the tokenizer reads raw, to the first end tag of their name. */
const rawText = new Set(['style', 'script', 'title', 'textarea']);

/** Where the end tag of `name` first stands from `from` on, as the tokenizer finds it; -1 when none does. */
function endTagAt(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && /[\s/>]/.test(html[at + 2 + name.length] ?? '')) return at;
  }
  return -1;
}

/**
 * The text of `<style>` and `<script>` elements is never shown, and the pages inline all their
 * CSS and their JSON-LD: leaving it out before parsing spares the tokenizer most of each page.
 * The page is read tag by tag, as the tokenizer would (comments, quoted attributes, the raw text
 * of titles), so that only such an element's own text goes, exactly as far as the parser would
 * take it; a script's only when no `<!--` comes first (the parser reads on past its end tag
 * then). Anything this reading does not know (a bare `<` in text) leaves the page to the parser
 * whole.
 */
export function withoutRawText(html: string): string {
  let out = '';
  let from = 0;
  for (let at = html.indexOf('<'); at >= 0;) {
    let next: number;
    if (html.startsWith('<!--', at)) {
      next = html.indexOf('-->', at + 4) + 3;
    } else if (html.startsWith('<!', at) || html.startsWith('<?', at)) {
      next = html.indexOf('>', at) + 1;
    } else {
      tagAt.lastIndex = at;
      const tag = tagAt.exec(html);
      if (!tag) return html;
      next = at + tag[0].length;
      const name = tag[2]!.toLowerCase();
      if (!tag[1] && rawText.has(name)) {
        const close = endTagAt(html, next, name);
        if (close < 0) return html;
        const neverShown = name === 'style' || (name === 'script' && !html.slice(next, close).includes('<!--'));
        if (neverShown) {
          out += html.slice(from, next);
          from = close;
        }
        next = close;
      }
    }
    if (next <= at) return html;
    at = html.indexOf('<', next);
  }
  return out + html.slice(from);
}
