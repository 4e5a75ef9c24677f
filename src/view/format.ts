/** How pages show reading time, text direction and dates, from the platform's locale data. */

/** Minutes at an unhurried 200 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}

const directions = new Map<string, 'ltr' | 'rtl'>();

/** `rtl` for scripts written right to left, from the platform's locale data where it has it. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  let direction = directions.get(lang);
  if (!direction) {
    try {
      const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
      direction = locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
    } catch {
      direction = 'ltr';
    }
    directions.set(lang, direction);
  }
  return direction;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date as its language writes it (in UTC, the zone dates are given in); formatters made once per language. */
export function formatDate(date: Date, lang: string, style: 'long' | 'medium'): string {
  const key = `${lang}:${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' })));
  return format.format(date);
}

/** A byline's names, without the word that introduces them ("By", "Par", "Von", "Por", "Di", "Door", "Av"). */
export function bylineNames(byline: string): string {
  return byline.replace(/^(?:by|par|von|por|di|door|av)\s+/iu, '').trim() || byline;
}
