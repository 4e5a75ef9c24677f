import GithubSlugger from 'github-slugger';

/**
 * The URL slug of an entry, from its path under the content folder: each folder and the file
 * name (without `.md`) slugged. Shared by the content loader and the verifier so that both agree
 * on which page belongs to which file.
 */
export function articleIdFromPath(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\\/g, '/').replace(/\.(md|markdown)$/i, '');
  return withoutExtension
    .split('/')
    .map((segment) => new GithubSlugger().slug(segment))
    .join('/');
}
