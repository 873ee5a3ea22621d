/** `safepost check`: run the rule engine over drafts, print JSONL or a report. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { check, compileProfile, EngineError } from '../../rules/engine';
import type { Draft, FaceBox, ImageLine, Verdict } from '../../rules/types';
import { InputError, loadDraftsFile, parseIsoDate, type DraftInput } from './inputs';
import { loadProfileFiles, PROFILE_OPTIONS } from './profile';
import { closeImageReader, readImage } from './images';
import { formatDraft, formatSummary, jsonLine, styleFor } from './report';
import { EXIT } from './exit';

export const CHECK_HELP = `Usage: npm run -s safepost -- check [profile] (--drafts FILE | --text TEXT) [options]

Checks drafts against a school profile, as the extension does while a teacher types.

Profile (each optional; omitted parts come from the built-in default profile):
  --settings FILE   settings JSON (RULES.md "Settings file")
  --roster FILE     pupils CSV (bad rows are reported on stderr; good rows load)
  --staff FILE      staff CSV (Title,Forename,Surname)

Drafts (one of):
  --drafts FILE     drafts JSONL: {"id", "text", "images"?, "at"?, "reply"?, "dm"?, "account"?}
                    images are relative to the JSONL file; "expect" is ignored
  --text TEXT       a single draft (id "text"), with optionally:
    --image FILE    attach an image (repeatable); its text is read by OCR and its faces found
    --at ISO        send time, e.g. 2026-03-04T19:30:00+00:00 (default: now)
    --account @H    signed-in account (default: the first school account)
    --reply         the composer is a reply
    --dm            the composer is a direct message

Output:
  --json            one JSON object per draft on stdout, nothing else (RULES.md "CLI output")
  (default)         a readable report: verdict, findings in context, message and fix

Exit codes: 0 checked; 2 bad input (file, line and field on stderr);
3 checked, but some images could not be read (named on stderr); 1 a rule failed.`;

function textDraft(values: Record<string, unknown>): DraftInput {
  let at: Date | undefined;
  if (typeof values.at === 'string') {
    at = parseIsoDate(values.at);
    if (!at) throw new InputError([`--at: not an ISO 8601 date such as "2026-03-04T19:30:00+00:00" (got ${JSON.stringify(values.at)})`]);
  }
  const images = (values.image as string[] | undefined) ?? [];
  return {
    id: 'text',
    text: String(values.text),
    images: images.map((p) => resolve(p)),
    imageNames: images,
    at,
    reply: values.reply === true,
    dm: values.dm === true,
    account: typeof values.account === 'string' ? values.account : undefined,
    line: 0,
  };
}

export async function runCheck(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...PROFILE_OPTIONS,
      drafts: { type: 'string' },
      text: { type: 'string' },
      image: { type: 'string', multiple: true },
      at: { type: 'string' },
      account: { type: 'string' },
      reply: { type: 'boolean' },
      dm: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${CHECK_HELP}\n`);
    return EXIT.ok;
  }
  if ((values.drafts === undefined) === (values.text === undefined)) {
    throw new InputError(['check needs exactly one of --drafts FILE or --text TEXT (see --help)']);
  }
  if (values.drafts !== undefined) {
    const textOnly = (['image', 'at', 'account', 'reply', 'dm'] as const).filter((k) => values[k] !== undefined);
    if (textOnly.length) throw new InputError([`--${textOnly[0]} goes with --text; in --drafts files each draft carries its own`]);
  }

  if (values.json) {
    // stdout is for JSON lines only: anything a library logs (OCR progress…) goes to stderr.
    console.log = console.info = console.debug = console.error;
  }
  const profile = loadProfileFiles(values);
  for (const problem of profile.rowProblems) process.stderr.write(`warning: ${problem} (row skipped)\n`);
  const drafts = values.drafts !== undefined ? loadDraftsFile(values.drafts) : [textDraft(values)];
  const compiled = compileProfile(profile);
  const style = styleFor(!values.json && process.stdout.isTTY === true);

  let unreadableCount = 0;
  const verdicts: Verdict[] = [];
  try {
    for (const input of drafts) {
      const imageTexts: string[] = [];
      const imageLines: Array<ImageLine[] | undefined> = [];
      const imageFaces: Array<FaceBox[] | undefined> = [];
      const unreadable = new Map<number, string>();
      for (const [index, path] of input.images.entries()) {
        const read = await readImage(path);
        imageFaces.push(read.ok ? read.faces : undefined);
        if (read.ok && !read.faces) {
          // The text was read but nobody looked for faces: the face rules say so, and the run exits 3.
          unreadable.set(index, read.facesReason ?? 'not checked');
          unreadableCount++;
          process.stderr.write(`error: draft ${input.id}: image ${index} (${input.imageNames[index]}) could not be checked for faces: ${read.facesReason}.\n`);
        }
        if (read.ok) {
          imageTexts.push(read.text);
          imageLines.push(read.lines);
        } else {
          imageTexts.push('');
          imageLines.push(undefined);
          unreadable.set(index, read.reason);
          unreadableCount++;
          process.stderr.write(
            `error: draft ${input.id}: image ${index} (${input.imageNames[index]}) could not be read: ${read.reason}. ` +
              `Checked without its text; the extension would hold this post as "${compiled.settings.unreadableImage}".\n`,
          );
        }
      }
      const draft: Draft = {
        text: input.text,
        images: imageTexts.map((text, index) => ({
          text,
          ...(imageLines[index] ? { lines: imageLines[index] } : {}),
          ...(imageFaces[index] ? { faces: imageFaces[index] } : {}),
        })),
        at: input.at,
        reply: input.reply,
        dm: input.dm,
        account: input.account,
      };
      let result;
      try {
        result = check(draft, compiled);
      } catch (error) {
        if (error instanceof EngineError) {
          process.stderr.write(`error: draft ${input.id}: ${error.message}\n`);
          return EXIT.engine;
        }
        throw error;
      }
      verdicts.push(result.verdict);
      if (values.json) {
        process.stdout.write(`${jsonLine(input.id, result)}\n`);
      } else {
        const report = {
          id: input.id,
          text: input.text,
          imageTexts,
          imageNames: input.imageNames,
          unreadable,
          unreadableImage: compiled.settings.unreadableImage,
          result,
        };
        process.stdout.write(`${formatDraft(report, style)}\n\n`);
      }
    }
  } finally {
    await closeImageReader();
  }
  if (!values.json) process.stdout.write(`${formatSummary(verdicts, style)}\n`);
  if (unreadableCount > 0) {
    process.stderr.write(`${unreadableCount} image${unreadableCount === 1 ? '' : 's'} could not be read (exit 3)\n`);
    return EXIT.unreadableImages;
  }
  return EXIT.ok;
}
