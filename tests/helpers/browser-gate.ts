/**
 * Browser tests run wherever Chromium is. Without it they are skipped with one clear line, except
 * under CI=true, where a missing browser is a failure: CI must never pass without them.
 */
import { chromePath } from './browser.ts';

export const hasBrowser = chromePath() !== undefined;

if (!hasBrowser) {
  const message = 'browser tests: no Chromium found (apt-get install -y chromium, or set CHROME_PATH)';
  if (process.env.CI === 'true') throw new Error(`${message}; CI=true requires them`);
  console.warn(`${message}; skipping them`);
}
