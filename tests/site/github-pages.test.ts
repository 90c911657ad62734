import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The GitHub Pages workflow cannot run here; what can be checked is checked:
 * it is valid YAML of the shape GitHub runs, it builds with the address the
 * Pages API gives the repository (`actions/configure-pages`: `origin`, and
 * `base_path`, `/<repository>` or empty) with the Node of `.nvmrc` and a
 * clean install, and deploys `dist/`. (A build with a base path is tested
 * for real in `base-path.browser.test.ts`.)
 */
const text = readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8');
const workflow = parse(text) as {
  on: { push: { branches: string[] }; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      needs?: string;
      environment?: { name: string };
      steps: Array<{
        id?: string;
        uses?: string;
        run?: string;
        with?: Record<string, string>;
        env?: Record<string, string>;
      }>;
    }
  >;
};
const { build, deploy } = workflow.jobs;
const step = (action: string) => build!.steps.find((s) => s.uses?.startsWith(`${action}@`));

describe('the GitHub Pages workflow', () => {
  it('runs on a push to main or by hand, with the permissions Pages deployment needs', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect('workflow_dispatch' in workflow.on).toBe(true);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds with the Node of .nvmrc, a clean install, and the origin and base path GitHub gives the repository', () => {
    expect(step('actions/setup-node')!.with!['node-version-file']).toBe('.nvmrc');
    const pages = step('actions/configure-pages')!;
    const runs = build!.steps.filter((s) => s.run).map((s) => s.run!);
    expect(runs[0]).toBe('npm ci');
    const compile = build!.steps.find((s) => s.run?.startsWith('npm run build'))!;
    expect(compile.run).toBe('npm run build -- --base "${BASE_PATH:-/}"');
    expect(compile.env).toEqual({
      SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}`,
    });
    const order = build!.steps.indexOf.bind(build!.steps);
    expect(order(pages)).toBeLessThan(order(compile));
    expect(order(compile)).toBeLessThan(order(step('actions/upload-pages-artifact')!));
    expect(step('actions/upload-pages-artifact')!.with).toEqual({ path: 'dist' });
  });

  it('deploys what the build uploaded to the github-pages environment', () => {
    expect(deploy!.needs).toBe('build');
    expect(deploy!.environment!.name).toBe('github-pages');
    expect(deploy!.steps.map((s) => s.uses?.replace(/@.*/, ''))).toEqual(['actions/deploy-pages']);
  });

  describe('edge cases', () => {
    it("uses GitHub's own actions, each at a major version", () => {
      const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
      expect(uses.length).toBe(5);
      for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
    });

    it('gives Astro a base path in every case: an empty base_path (a user or organisation site) is the root', () => {
      const argument = /--base (".*")$/.exec(build!.steps.find((s) => s.run?.startsWith('npm run build'))!.run!)![1]!;
      const expand = (basePath: string) =>
        execFileSync('bash', ['-c', `printf '%s' ${argument}`], { env: { BASE_PATH: basePath }, encoding: 'utf8' });
      expect(expand('')).toBe('/');
      expect(expand('/dateline')).toBe('/dateline');
    });
  });
});
