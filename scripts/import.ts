import { processIo } from '../src/cli.ts';
import { runImportCli } from '../src/import/cli.ts';

process.exitCode = await runImportCli(process.argv.slice(2), processIo());
