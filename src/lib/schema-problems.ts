import type { ContentProblem } from './content-error.ts';

/** The part of a Zod issue a message needs (kept structural so this module needs no Zod). */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

/** Turns schema validation issues into problems naming the file and the field. */
export function schemaProblems(file: string, issues: readonly SchemaIssue[], fix: string): ContentProblem[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || 'frontmatter';
    const problem = issue.code === 'unrecognized_keys' && issue.keys ? `has fields it does not know: ${issue.keys.join(', ')}` : issue.message;
    return { file, where: field, problem, fix };
  });
}
