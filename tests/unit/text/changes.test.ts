import { describe, expect, it } from 'vitest';
import { changesBetween, comparable, joinedText } from '../../../src/text/changes.ts';

const copy = (...blocks: string[]) => ({ blocks, lang: 'en' });
const before = copy('The port reopened, the authority said.', '"We are open," the harbour master told reporters.');

describe('what changed between two copies of a report', () => {
  it('tells a change of white space or typography alone from a change of words', () => {
    const change = changesBetween(
      before,
      copy('The port reopened,  the authority said.', '“We are open,” the harbour master told reporters.'),
    );
    expect(change.kind).toBe('typography');
    expect(change.named).toEqual([]);
  });

  it('names a quotation changed, and attributions removed and added, as the text says them', () => {
    const change = changesBetween(
      before,
      copy('The port reopened, according to the mayor.', '"We are mostly open," the harbour master told reporters.'),
    );
    expect(change.kind).toBe('words');
    expect(change.named).toEqual([
      'a quotation changed: "We are open," became "We are mostly open,"',
      'an attribution removed: the authority said',
      'an attribution added: according to the mayor',
    ]);
  });

  it('names a quotation added or removed', () => {
    expect(changesBetween(before, copy(before.blocks[0]!)).named).toEqual([
      'a quotation removed: "We are open,"',
      'an attribution removed: the harbour master told',
    ]);
    expect(changesBetween(copy(before.blocks[0]!), before).named).toEqual([
      'a quotation added: "We are open,"',
      'an attribution added: the harbour master told',
    ]);
  });

  it('diffs word by word: the unchanged and removed parts are the older text, the unchanged and added the newer', () => {
    const after = copy('The port reopened at dawn, the authority said.');
    const { parts } = changesBetween(before, after);
    expect(
      parts
        .filter((part) => !part.added)
        .map((part) => part.value)
        .join(''),
    ).toBe(joinedText(before));
    expect(
      parts
        .filter((part) => !part.removed)
        .map((part) => part.value)
        .join(''),
    ).toBe(joinedText(after));
    expect(parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['at dawn']);
    expect(comparable('  “A”\n\n— b ')).toBe(comparable('"A" --- b'));
  });
});
