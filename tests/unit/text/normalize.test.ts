import { describe, expect, it } from 'vitest';
import { normalizeTypography } from '../../../src/text/normalize.ts';

describe('normalizeTypography', () => {
  it.each([
    ['“curly”', '"curly"'],
    ['Syria’s', "Syria's"],
    ['a – b', 'a -- b'],
    ['a — b', 'a --- b'],
    ['wait…', 'wait...'],
    ['the end.…', 'the end....'],
    ['  many \n\t spaces\u00a0here ', 'many spaces here'],
    ['Cafe\u0301', 'Café'],
    ['soft\u00adhyphen', 'softhyphen'],
  ])('%j -> %j', (input, output) => {
    expect(normalizeTypography(input)).toBe(output);
  });

  it('counts every mark: an ellipsis is three full stops, never four', () => {
    expect(normalizeTypography('end.…')).toBe(normalizeTypography('end....'));
    expect(normalizeTypography('end…')).not.toBe(normalizeTypography('end....'));
  });

  it('keeps what is not typography: case, digits, guillemets, low quotes', () => {
    expect(normalizeTypography('SANA')).not.toBe(normalizeTypography('Sana'));
    expect(normalizeTypography('«x»')).toBe('«x»');
    expect(normalizeTypography('„x“')).toBe('„x"');
    expect(normalizeTypography('20')).not.toBe(normalizeTypography('21'));
  });
});
