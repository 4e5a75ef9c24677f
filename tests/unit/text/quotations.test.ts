import { describe, expect, it } from 'vitest';
import { findQuotations, maskQuotations } from '../../../src/text/quotations.ts';

const texts = (blocks: string[]) => findQuotations(blocks).map((q) => `${q.kind}: ${q.text}`);

describe('findQuotations', () => {
  it.each([
    ['straight double', ['He said "we will stay" today.'], ['double: "we will stay"']],
    ['curly double', ['He said “we will stay” today.'], ['double: “we will stay”']],
    ['curly single as quotes', ['The plan was ‘dead on arrival’, he said.'], ['single: ‘dead on arrival’']],
    ['straight single as quotes', ["She called it 'hollow'."], ["single: 'hollow'"]],
    ['guillemets with French spacing', ['Il a dit « non merci » hier.'], ['guillemet: « non merci »']],
    ['guillemets without spacing', ['قالت «هذا يوم جميل»'], ['guillemet: «هذا يوم جميل»']],
    ['German low-high', ['„Das ist gut“, sagte sie.'], ['low-high: „Das ist gut“']],
    [
      'nested quotes',
      ['"He told us, \'Stay home,\' and left," she said.'],
      ["single: 'Stay home,'", 'double: "He told us, \'Stay home,\' and left,"'],
    ],
    ['quote across emphasis text', ['It was "entirely procedural" he said.'], ['double: "entirely procedural"']],
    ['closing after punctuation', ['He called it “destroying Daesh.”'], ['double: “destroying Daesh.”']],
  ])('%s', (_name, blocks, expected) => {
    expect(texts(blocks)).toEqual(expected);
  });

  it.each([
    ["Syria's eastern province", "Syria's eastern province and al-Buqa'an village"],
    ["rock 'n' roll", "They played rock 'n' roll all night."],
    ["the '90s", "In the '90s it was different, wasn't it?"],
    ["the '80s-era yard", "The '80s-era yard has stood empty since the city's contract ended."],
    ['curly apostrophes', 'Syria’s capital and the residents’ association'],
    ['plural possessive before a quote', "The residents' association met."],
  ])('apostrophes are not quotes: %s', (_name, text) => {
    expect(findQuotations([text])).toEqual([]);
  });

  it('a quotation running over paragraphs, the opening mark repeated, closed only at the end', () => {
    const blocks = [
      '“We had been out for six hours.',
      '“By midnight we had lost both radios.',
      '“Nobody spoke.”',
      'The port confirmed it.',
    ];
    expect(findQuotations(blocks)).toEqual([
      {
        kind: 'double',
        text: '“We had been out for six hours.\n“By midnight we had lost both radios.\n“Nobody spoke.”',
        block: 0,
        start: 0,
      },
    ]);
  });

  it('an unclosed mark with no continuation is not a quotation', () => {
    expect(findQuotations(['He said “we will', 'Next paragraph.'])).toEqual([]);
  });

  it('masks quotations, keeping length, across paragraphs too', () => {
    const blocks = ['"Stay," she said.', 'He said: “We will go.', '“And we will stay,” he added.'];
    const masked = maskQuotations(blocks, findQuotations(blocks), '#');
    expect(masked).toEqual(['####### she said.', 'He said: ############', '################### he added.']);
    expect(masked.map((block) => block.length)).toEqual(blocks.map((block) => block.length));
  });
});
