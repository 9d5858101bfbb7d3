import { parseArgs } from 'node:util';
import type { ContentProblem } from '../content-error.ts';
import { isoDateSchema, slugPattern } from '../../schemas/ids.ts';
import { checkLanguage } from './language.ts';

/** How the command decides which lines are headings. */
export type HeadingChoice = { by: 'rule' } | { by: 'lines'; lines: number[] } | { by: 'none' };

/** What the author asked `npm run new-article` for, checked for form (not yet against the files). */
export interface NewArticleRequest {
  /** The received text, as the author named it. */
  file: string;
  slug: string;
  /** The source's language. */
  lang: string;
  /** Undefined: the text's own headline (line 1, when it is a heading) is the title. */
  titleSource: string | undefined;
  /** Undefined: a working title made from the slug. */
  titleEn: string | undefined;
  description: string | undefined;
  translator: string;
  /** `YYYY-MM-DD`: the day of first publication, and of edition 1. */
  published: string;
  headings: HeadingChoice;
  /** Show what would be written, and write nothing. */
  dryRun: boolean;
}

export type ParsedArguments = { kind: 'request'; request: NewArticleRequest } | { kind: 'help' } | { kind: 'problem'; problem: ContentProblem };

export const command = 'npm run new-article';
export const usage = `${command} -- <file.txt> --slug <slug> --lang <code> [--title-source "…"] [--title-en "…"]
    [--headings 9,16 | --no-headings] [--published YYYY-MM-DD] [--description "…"] [--translator "…"] [--dry-run]`;

/** The translator named when none is given: the editors, as for the first article. */
export const defaultTranslator = 'Annotated Translations editors';

const options = {
  slug: { type: 'string' },
  lang: { type: 'string' },
  'title-source': { type: 'string' },
  'title-en': { type: 'string' },
  description: { type: 'string' },
  translator: { type: 'string' },
  published: { type: 'string' },
  headings: { type: 'string' },
  'no-headings': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean' },
} as const;
type OptionName = keyof typeof options;
const isOption = (name: string): name is OptionName => Object.hasOwn(options, name);

const problem = (where: string, what: string, fix: string): ParsedArguments => ({ kind: 'problem', problem: { file: command, where, problem: what, fix } });

/**
 * Reads the command's arguments into a request. Node's parseArgs splits them; every rule
 * (required options, values, forms) is checked here, so each mistake gets its own message
 * with the fix rather than Node's generic one.
 */
export function parseNewArticleArguments(args: readonly string[], today: string): ParsedArguments {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const values = new Map<OptionName, string | true>();
  const files: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') files.push(token.value);
    if (token.kind !== 'option') continue;
    if (!isOption(token.name)) return problem(token.rawName, 'is not an option of this command', `the options are: ${usage}`);
    if (values.has(token.name)) return problem(token.rawName, 'is given twice', `give ${token.rawName} once`);
    if (options[token.name].type === 'boolean') {
      if (token.value !== undefined) return problem(token.rawName, `takes no value (got "${token.value}")`, `write ${token.rawName} alone`);
      values.set(token.name, true);
      continue;
    }
    // Without "=", a value that is another option means this one's value was forgotten.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      const next = token.value === undefined ? 'it is the last word' : `the next word, ${token.value}, is an option`;
      return problem(token.rawName, `has no value (${next})`, `write ${token.rawName} <value>; a value that starts with "-" is written ${token.rawName}=<value>`);
    }
    if (token.value.trim() === '') return problem(token.rawName, 'is empty', `give ${token.rawName} a value, or leave the option out`);
    values.set(token.name, token.value);
  }
  if (values.has('help')) return { kind: 'help' };
  const text = (name: OptionName) => {
    const value = values.get(name);
    return typeof value === 'string' ? value : undefined;
  };

  const [file, ...extra] = files;
  if (file === undefined) return problem('<file.txt>', 'the received text file is missing', `name it first: ${usage}`);
  if (extra.length > 0) {
    return problem(extra[0] ?? '', `is a second file (the command takes one: ${files.join(', ')})`, 'name one file; quote a value that holds spaces, e.g. --title-en "North Korea and Russia"');
  }

  const slug = text('slug');
  if (slug === undefined) return problem('--slug', 'is missing', `give the article's address, e.g. --slug north-korea-russia-treaty (${usage})`);
  if (!slugPattern.test(slug)) {
    return problem('--slug', `"${slug}" is not URL-safe: the slug is the article's address, /articles/<slug>/`, 'use lowercase Latin letters, digits and single hyphens, e.g. --slug north-korea-russia-treaty');
  }

  const lang = text('lang');
  if (lang === undefined) return problem('--lang', 'is missing', 'give the language of the received text as a BCP 47 tag, e.g. --lang ar');
  const language = checkLanguage(lang);
  if (language.problem) return problem('--lang', language.problem, language.fix);

  const published = text('published') ?? today;
  if (!isoDateSchema.safeParse(published).success) return problem('--published', `"${published}" is not a calendar date written YYYY-MM-DD`, 'write the day of publication as YYYY-MM-DD, e.g. --published 2026-12-01, or leave the option out for today');

  const headings = headingChoice(text('headings'), values.has('no-headings'));
  if ('kind' in headings) return headings;

  return {
    kind: 'request',
    request: {
      file,
      slug,
      lang,
      titleSource: text('title-source'),
      titleEn: text('title-en'),
      description: text('description'),
      translator: text('translator') ?? defaultTranslator,
      published,
      headings,
      dryRun: values.has('dry-run'),
    },
  };
}

function headingChoice(list: string | undefined, none: boolean): HeadingChoice | ParsedArguments {
  if (list !== undefined && none) return problem('--no-headings', 'contradicts --headings', 'give either --headings with the heading lines, or --no-headings');
  if (none) return { by: 'none' };
  if (list === undefined) return { by: 'rule' };
  const parts = list.split(',').map((part) => part.trim());
  const wrong = parts.find((part) => !/^[1-9]\d*$/.test(part));
  if (wrong !== undefined) return problem('--headings', `"${list}" is not a list of line numbers ("${wrong}" is not a line number)`, 'list the heading lines of the file, counted from 1 and separated by commas, e.g. --headings 9,16');
  return { by: 'lines', lines: [...new Set(parts.map(Number))].sort((a, b) => a - b) };
}
