/** The site's own settings: its name, and how many articles a list page or a feed carries. */

export const SITE_NAME = 'News Reader';

/** The site's logo (in `public/`): the browser's icon, and the publisher's logo in each article's JSON-LD. */
export const SITE_LOGO = '/favicon.svg';

/** Articles on each page of a paginated list (the index, a source, a topic, a month, the checks). */
export const PAGE_SIZE = 50;

/** Articles in the site's feed: the newest. */
export const FEED_SIZE = 50;

/**
 * Articles in a source's or a topic's feed. Fewer than the site's: a site of 10,000 articles over
 * 200 sources and 500 topics has 700 such feeds, each carrying its items' full text.
 */
export const TERM_FEED_SIZE = 10;
