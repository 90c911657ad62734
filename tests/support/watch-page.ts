import type { Page } from 'playwright-core';

/**
 * Record what goes wrong on a page: console errors, uncaught exceptions,
 * Content-Security-Policy violations (the `securitypolicyviolation` event,
 * caught from the first script on) and dialogs (an `alert()` that ran is
 * script that should not have). Call before the first `goto`.
 *
 * @param page - A Playwright page.
 * @returns The list of problems, filled as they happen (`where: what`).
 */
export async function watchPage(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => problems.push(`${page.url()}: CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: exception: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`${page.url()}: dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}
