/**
 * `node tests/support/screenshots.ts [BASE_URL] [OUT_DIR] [PATH...]`: take
 * screenshots of pages at desktop and phone widths, light and dark, so that a
 * change can be looked at. Not a test; a tool for reviewing pages.
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from './browser.ts';

const [base = 'http://localhost:4321', out = 'test-results/screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/'];
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
await mkdir(out, { recursive: true });
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of viewports) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${viewport.name}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: false });
      console.log(`${out}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
