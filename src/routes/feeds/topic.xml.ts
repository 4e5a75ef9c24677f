import { termFeeds } from './feed.ts';

/** `/topics/<slug>/feed.xml`: a topic's newest articles. */
export const { getStaticPaths, GET } = termFeeds('topics', 'topic', (name) => ({
  title: `Topic: ${name}`,
  description: `The newest articles on ${name}.`,
}));
