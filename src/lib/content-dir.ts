import { resolve } from 'node:path';

/** The folder of article entries: `CONTENT_DIR` (tests and benchmarks point it elsewhere) or content/articles. */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.CONTENT_DIR?.trim() || 'content/articles');
}

/** The folder of source profiles: `SOURCES_DIR`, or `sources/` beside the articles' folder (content/sources). */
export function sourcesDirFromEnv(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return env.SOURCES_DIR?.trim() ? resolve(cwd, env.SOURCES_DIR.trim()) : resolve(contentDirFromEnv(env, cwd), '../sources');
}
