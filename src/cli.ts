/**
 * What the command-line tools (`npm run import`, `npm run verify`) write to. They take it as an
 * argument, so that tests hand them their own; the scripts hand them the process's.
 */
export interface CliIo {
  /** One line of output (a report, the JSON summary). */
  stdout: (text: string) => void;
  /** One line of messages; a text starting with `\r` redraws the progress line in place. */
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress is shown only there. */
  interactive: boolean;
  /** What relative paths are relative to. */
  cwd: string;
}

/** The process's own standard streams and working folder. */
export function processIo(): CliIo {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  return {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(text.startsWith('\r') ? text : `${text}\n`),
    interactive: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}
