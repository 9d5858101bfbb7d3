import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { withoutUnusedHashes } from '../../../src/lib/csp-hashes';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const style = '@font-face{font-family:Naskh}';
const unused = hash('astro-island runtime');
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body>${body}</body></html>`;

describe('withoutUnusedHashes', () => {
  test('keeps the hashes of the page’s inline styles and scripts, drops the others', () => {
    const inline = 'console.log(1)';
    const html = page(`default-src 'none'; script-src 'self' ${unused} ${hash(inline)}; style-src 'self' ${hash(style)} ${unused};`, `<script type="module">${inline}</script>`);
    const policy = /content="([^"]*)"/.exec(withoutUnusedHashes(html))?.[1];
    expect(policy).toBe(`default-src 'none';script-src 'self' ${hash(inline)};style-src 'self' ${hash(style)}`);
  });

  test('a script with a src is not inline code: its text gives no hash', () => {
    const html = page(`script-src 'self' ${hash('')}`, '<script type="module" src="/x.js"></script>');
    expect(withoutUnusedHashes(html)).toContain(`content="script-src 'self'"`);
  });

  test('leaves other algorithms’ hashes, and pages without a policy, as they are', () => {
    const sha384 = "'sha384-abc'";
    expect(withoutUnusedHashes(page(`script-src 'self' ${sha384}`, ''))).toContain(sha384);
    const plain = '<html><head></head><body><script>1</script></body></html>';
    expect(withoutUnusedHashes(plain)).toBe(plain);
  });
});
