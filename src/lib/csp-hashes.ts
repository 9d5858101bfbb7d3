import { createHash } from 'node:crypto';

/**
 * A page's Content Security Policy without the hashes of inline code it does not have.
 *
 * Astro's policy lists, on every page, the SHA-256 hashes of its island runtime and of its
 * client directives (registered whether or not a page has an island; this site has none),
 * and of each bundled stylesheet file: 9 of the article's 10 hashes allowed nothing it
 * contains, 0.5 KB in every page that gzip cannot shrink. Astro has no setting to leave them
 * out, so the build keeps only the hashes of the page's own inline scripts and styles, which
 * also tightens the policy. Hashes of other algorithms are left as they are.
 */
const policyPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const inlineCode = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;
const sha256Source = /^'sha256-[A-Za-z0-9+/]+=*'$/;

export function withoutUnusedHashes(html: string): string {
  const policy = policyPattern.exec(html);
  if (!policy) return html;
  const used = new Set<string>();
  for (const [, tag, attributes = '', code = ''] of html.matchAll(inlineCode)) {
    if (tag === 'script' && /\ssrc=/.test(attributes)) continue;
    used.add(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  }
  const directives = (policy[2] ?? '').split(';').map((directive) =>
    directive
      .trim()
      .split(/\s+/)
      .filter((source) => !sha256Source.test(source) || used.has(source))
      .join(' '),
  );
  return html.replace(policyPattern, (_, start: string, _policy: string, end: string) => `${start}${directives.filter(Boolean).join(';')}${end}`);
}
