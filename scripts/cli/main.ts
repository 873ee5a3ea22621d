/**
 * The admin CLI: `npm run -s safepost -- <command>`. Node-only; the rules it
 * runs are the same pure engine the extension runs.
 */
import { runCheck, CHECK_HELP } from './check';
import { runValidate, VALIDATE_HELP } from './validate';
import { runPolicy } from './policy';
import { InputError } from './inputs';
import { EXIT } from './exit';

const HELP = `Usage: npm run -s safepost -- <command> [options]

Commands:
  check      check drafts against a school profile (--json for JSONL)
  validate   load a profile's settings, roster and staff files and report problems
  policy     write the managed policy (Chrome, Edge, Firefox; Linux, Windows, Google Admin)
  cover-faces  write a copy of a photo with every face covered and no metadata

Run a command with --help for its options.

${CHECK_HELP.split('\n').slice(-2).join('\n')}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest);
    case 'validate':
      return runValidate(rest);
    case 'policy':
      return runPolicy(rest);
    case 'cover-faces':
      // Lazy: sharp and the face detector load only for this command.
      return (await import('./cover-faces')).runCoverFaces(rest);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      if (command === 'help' && rest[0] === 'check') process.stdout.write(`${CHECK_HELP}\n`);
      else if (command === 'help' && rest[0] === 'validate') process.stdout.write(`${VALIDATE_HELP}\n`);
      else process.stdout.write(`${HELP}\n`);
      return command === undefined ? EXIT.badInput : EXIT.ok;
    default:
      throw new InputError([`unknown command "${command}" (commands: check, validate, policy, cover-faces; see --help)`]);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InputError) {
      for (const problem of error.problems) process.stderr.write(`error: ${problem}\n`);
      process.exitCode = EXIT.badInput;
    } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`error: ${error.message} (see --help)\n`);
      process.exitCode = EXIT.badInput;
    } else {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.engine;
    }
  },
);
