// Entry of `npm run check -- FILE...` (design §4). The logic lives in cli/check-cli.ts.
import { runCheckCli } from './cli/check-cli';

const code = await runCheckCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  isTTY: process.stdout.isTTY === true,
});
process.exitCode = code;
