/** Before a run: the builds of the last one go (tests/helpers/build.ts builds into the project). */
import { rmSync } from 'node:fs';
import { buildsDir } from './helpers/build.ts';

export default function setup(): void {
  rmSync(buildsDir, { recursive: true, force: true });
}
