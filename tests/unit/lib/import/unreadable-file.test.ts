import { describe, expect, it } from 'vitest';
import { unreadableFile } from '../../../../src/lib/import/unreadable-file.ts';

describe('unreadableFile', () => {
  it('says that a missing file does not exist, showing the path the command looked for', () => {
    expect(unreadableFile('مقال.txt', '/home/editor/مقال.txt', 'ENOENT')).toEqual({
      file: 'مقال.txt',
      where: 'whole file',
      problem: 'does not exist (looked for /home/editor/مقال.txt)',
      fix: 'name the received text file, one paragraph per line; a relative path is read from the folder you ran npm in',
    });
  });

  it('says that a folder is not a text file', () => {
    expect(unreadableFile('content', '/work/content', 'EISDIR').problem).toBe('is a folder, not a text file');
  });

  it('says that a file cannot be read for want of permission', () => {
    expect(unreadableFile('مقال.txt', '/root/مقال.txt', 'EACCES').problem).toBe('cannot be read: permission denied');
  });

  it('names any other error by its code', () => {
    expect(unreadableFile('مقال.txt', '/mnt/مقال.txt', 'EIO').problem).toBe('cannot be read (EIO)');
  });
});
