/**
 * Markdown that no article needs but that costs a parser minutes or its whole stack: thousands of
 * nested blockquotes or lists, or tens of thousands of brackets in one block (the CommonMark
 * pathological inputs). A linear scan finds them before any parser runs, so such a file is refused
 * with the line to look at instead of hanging or crashing the build.
 */
export interface StructureProblem {
  line: number;
  message: string;
}

export const limits = {
  /** Deeper than any real quotation of a quotation. */
  blockquoteDepth: 32,
  /** Columns of indentation before a list marker: about 40 levels of nesting. */
  listIndent: 160,
  /** Brackets in one paragraph; each may open a link, which the parser must try to close. */
  bracketsPerBlock: 5000,
};

const listMarker = /^([ \t]*)(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

function columns(indent: string): number {
  let width = 0;
  for (const ch of indent) width = ch === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

export function findStructureProblem(body: string): StructureProblem | undefined {
  const lines = body.split(/\r\n|\r|\n/);
  let brackets = 0;
  let blockStart = 1;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const line = i + 1;
    if (text.trim() === '') {
      brackets = 0;
      blockStart = line + 1;
      continue;
    }
    const quotes = /^(?:[ \t]*>)+/.exec(text)?.[0].split('>').length ?? 1;
    if (quotes - 1 > limits.blockquoteDepth) {
      return { line, message: `blockquotes nested ${quotes - 1} deep (at most ${limits.blockquoteDepth}); remove the extra ">" markers` };
    }
    const list = listMarker.exec(text);
    if (list && columns(list[1] ?? '') > limits.listIndent) {
      return { line, message: `a list nested more than ${limits.listIndent} columns deep; flatten the list` };
    }
    for (const ch of text) if (ch === '[' || ch === ']') brackets++;
    if (brackets > limits.bracketsPerBlock) {
      return {
        line: blockStart,
        message: `more than ${limits.bracketsPerBlock} brackets in one paragraph; escape them (\\[) or break the paragraph up`,
      };
    }
  }
  return undefined;
}
