/**
 * A bench's command line, read the one way every bench reads it: `--help` (or `-h`) prints its
 * usage and exits 0 before anything runs; an unknown option or a stray argument is refused in
 * one line with the usage (exit 2), never with a stack trace; otherwise node:util's parseArgs.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function benchArgs<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
