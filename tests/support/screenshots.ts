/**
 * `node tests/support/screenshots.ts [BASE_URL] [OUT_DIR] [PATH...]`: take
 * screenshots of pages at desktop and phone widths, light and dark, so that a
 * change can be looked at. A path written `/?search=MiG-29` types the query
 * into the search box first. Not a test; a tool for reviewing pages.
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
      const url = new URL(path, base);
      const query = url.searchParams.get('search');
      url.searchParams.delete('search');
      await page.goto(url.href, { waitUntil: 'networkidle' });
      if (query) {
        await page.fill('#search-input', query);
        await page.locator('#search-results .search-result').first().waitFor();
      }
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${viewport.name}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: false });
      console.log(`${out}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
