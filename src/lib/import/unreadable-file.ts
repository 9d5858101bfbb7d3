import type { ContentProblem } from '../content-error.ts';

/**
 * Why the received text could not be read, from the error code of the attempt: most often
 * a mistyped path, which is why the message shows the path the command looked at.
 */
export function unreadableFile(file: string, path: string, code: string | undefined): ContentProblem {
  const problem = code === 'ENOENT' ? `does not exist (looked for ${path})` : code === 'EISDIR' ? 'is a folder, not a text file' : code === 'EACCES' ? 'cannot be read: permission denied' : `cannot be read (${code ?? 'unknown error'})`;
  return { file, where: 'whole file', problem, fix: 'name the received text file, one paragraph per line; a relative path is read from the folder you ran npm in' };
}
