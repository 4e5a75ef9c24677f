/** Finding and launching Debian's Chromium for playwright-core (no browser downloads here). */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';

export function chromePath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

export function chromeLaunchOptions(): LaunchOptions {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium found: install Debian’s chromium (apt-get install -y chromium) or set CHROME_PATH');
  return {
    executablePath,
    headless: true,
    // The machine's network is closed: without these, Chromium keeps trying to reach Google.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  };
}
