import { termFeeds } from './feed.ts';

/** `/sources/<slug>/feed.xml`: a source's newest articles. */
export const { getStaticPaths, GET } = termFeeds('sources', 'source', (name) => ({
  title: `Source: ${name}`,
  description: `The newest articles from ${name}.`,
}));
