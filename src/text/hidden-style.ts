/**
 * Whether an inline `style` hides an element's text from a reader: not displayed, invisible,
 * transparent, of no size, clipped away, scaled to nothing or pushed off the screen. The
 * declarations are read with style-to-object (a real CSS declaration parser); a style it cannot
 * read hides nothing, as a browser drops what it cannot parse.
 */
import parseStyle from 'style-to-object';

/** A length or number that is zero (`0`, `0px`, `0.0em`, `0%`). */
const zero = /^[-+]?0*\.?0+(?:[a-z%]+)?$/i;
/** A length at most 1px (what visually-hidden utilities clip or size to). */
const atMostOnePixel = (value: string) => zero.test(value) || /^[-+]?(?:0*\.\d+|1(?:\.0*)?)px$/i.test(value);
/** How far a negative offset must go to leave any screen, by unit (`-9999px`, `-100vw`, `-999em`). */
const offScreenFrom: Record<string, number> = { '': 999, px: 999, em: 60, rem: 60, '%': 100, vw: 100, vh: 100 };

function offScreen(value: string | undefined): boolean {
  const offset = value && /^-\s*(\d+(?:\.\d+)?)\s*(px|em|rem|%|vw|vh)?$/i.exec(value);
  return Boolean(offset) && Number(offset![1]) >= (offScreenFrom[(offset![2] ?? '').toLowerCase()] ?? Number.POSITIVE_INFINITY);
}

function declarations(style: string): Record<string, string> {
  const found: Record<string, string> = {};
  try {
    parseStyle(style, (property, value) => {
      found[property.trim().toLowerCase()] = value
        .replace(/!important\s*$/i, '')
        .trim()
        .toLowerCase();
    });
  } catch {
    // Not CSS a browser would apply.
  }
  return found;
}

/** `rgba(…, 0)`, `hsla(…, 0)`, `rgb(… / 0)`, `#rrggbb00`, `#rgb0`, `transparent`. */
function transparent(color: string | undefined): boolean {
  if (!color) return false;
  if (color === 'transparent') return true;
  if (/^#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)$/i.test(color)) return true;
  const alpha = /^(?:rgba?|hsla?)\((?:[^,/)]*,){3}\s*([^,)]+)\)$|^(?:rgba?|hsla?)\([^/)]*\/\s*([^)]+)\)$/i.exec(color);
  const value = alpha?.[1] ?? alpha?.[2];
  return value !== undefined && zero.test(value.trim());
}

export function styleHidesText(style: string): boolean {
  const css = declarations(style);
  const { display, visibility, opacity, transform, overflow } = css;
  if (display === 'none' || visibility === 'hidden' || visibility === 'collapse' || css['content-visibility'] === 'hidden') return true;
  if (opacity !== undefined && zero.test(opacity)) return true;
  if (css['font-size'] !== undefined && zero.test(css['font-size'])) return true;
  if (transparent(css.color)) return true;
  if (css.clip !== undefined && /^rect\(/.test(css.clip) && (css.clip.match(/-?[\d.]+[a-z%]*/g) ?? []).every(atMostOnePixel)) return true;
  if (
    css['clip-path'] !== undefined &&
    /^(?:inset\(\s*(?:50|[5-9]\d|100)%|circle\(\s*0|polygon\(\s*(?:0[a-z%]*\s+0[a-z%]*\s*,?\s*)+\))/.test(css['clip-path'])
  )
    return true;
  if (transform !== undefined && /scale[xy]?\(\s*0(?:\.0*)?\s*(?:[,)]|\s)/.test(transform)) return true;
  const clipped = [overflow, css['overflow-x'], css['overflow-y']].some((value) => value === 'hidden' || value === 'clip');
  if (
    clipped &&
    ['height', 'max-height', 'width', 'max-width'].some((property) => css[property] !== undefined && atMostOnePixel(css[property]))
  )
    return true;
  const positioned = css.position === 'absolute' || css.position === 'fixed';
  if (positioned && ['left', 'top', 'right', 'bottom'].some((property) => offScreen(css[property]))) return true;
  if (offScreen(css['text-indent']) || offScreen(css['margin-left']) || offScreen(css['margin-top'])) return true;
  return false;
}
