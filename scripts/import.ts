import { runImportCli } from '../src/import/cli.ts';

process.exitCode = await runImportCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(text.startsWith('\r') ? text : `${text}\n`),
  interactive: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
