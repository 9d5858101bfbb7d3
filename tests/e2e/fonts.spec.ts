// A first visit, with nothing cached, draws the Arabic in the site's own Naskh face, not in a
// fallback: the faces are preloaded and font-display: optional uses them only if they are
// there for the first layout (src/lib/font-faces.ts). Asked of the renderer (the fonts it
// drew the text with), because document.fonts says "loaded" for a face even when the
// first layout went on without it, as it did when the faces were data: URLs in the stylesheet.
import { expect, test } from '@playwright/test';
import { articlePath } from './support';

const naskh = 'Noto Naskh Arabic';

for (const [name, path, selector] of [
  ['the article’s title and first paragraph', articlePath, 'h1 [lang="ar"], #p1 .pair__src'],
  ['the home page’s Arabic titles', '', '[lang="ar"]'],
] as const) {
  test(`a first visit draws ${name} in the Naskh face`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const client = await context.newCDPSession(page);
    await client.send('Network.enable');
    await client.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(path, { waitUntil: 'load' });
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await client.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    expect(nodeIds.length, `elements matching ${selector}`).toBeGreaterThan(0);
    for (const nodeId of nodeIds) {
      const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
      // Arabic text and the digits and punctuation inside it: all drawn by the site's two Naskh faces.
      expect(fonts.map((font) => `${font.familyName}${font.isCustomFont ? '' : ' (installed)'}`), `the faces ${selector} was drawn in`).toEqual([naskh]);
    }
    await context.close();
  });
}
