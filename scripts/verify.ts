import { processIo } from '../src/cli.ts';
import { runVerifyCli } from '../src/verifier/index.ts';

process.exitCode = await runVerifyCli(process.argv.slice(2), processIo());
