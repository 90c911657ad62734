import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fileSystemCause } from '../pipeline/corpus/index.ts';

/** How long a build waits for another build of the same project, in seconds (`DATELINE_BUILD_WAIT`; 0 refuses at once). */
const DEFAULT_WAIT_S = 600;
const POLL_MS = 250;

/** An error to show as a message, not a crash: no stack trace. */
function problem(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}

/** Whether a process of this machine is alive. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folders of one build of a site: where it goes, where it is built, the lock, and where the old site waits to be deleted. */
interface Folders {
  dist: string;
  staging: string;
  lock: string;
  old: string;
}

/** The folders beside `dist`, hidden (`.dist.next-<pid>`, `.dist.lock`), on the same disk so that a rename is atomic. */
function foldersOf(dist: string): Folders {
  const parent = path.dirname(dist);
  const name = path.basename(dist);
  return {
    dist,
    staging: path.join(parent, `.${name}.next-${process.pid}`),
    lock: path.join(parent, `.${name}.lock`),
    old: path.join(parent, `.${name}.old-${process.pid}`),
  };
}

/**
 * Take the build lock of a site (a folder made atomically, holding its
 * owner's pid): when another live build holds it, wait for it up to `waitS`
 * seconds, then refuse; a lock whose owner is gone is taken over.
 */
async function acquire(lock: string, waitS: number, logger: AstroIntegrationLogger): Promise<void> {
  const deadline = Date.now() + waitS * 1000;
  let told = false;
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(path.join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, since: Date.now() }));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw problem(
          `cannot take the build lock ${lock}: ${fileSystemCause(error)}`,
          'Make the project folder writable, then build again. Nothing in dist/ was changed.',
        );
    }
    const owner = await readFile(path.join(lock, 'owner.json'), 'utf8')
      .then((text) => JSON.parse(text) as { pid: number; since: number })
      .catch(() => null);
    if (owner && !alive(owner.pid)) {
      logger.warn(`a build (pid ${owner.pid}) stopped without releasing its lock: taking it over`);
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    const who = owner ? `pid ${owner.pid}, started ${new Date(owner.since).toISOString()}` : 'just starting';
    if (Date.now() >= deadline)
      throw problem(
        `another build of this project is running (${who}): this one stops, and dist/ is left to that one`,
        `Wait for it to finish, then build again (DATELINE_BUILD_WAIT=${waitS} s was the wait). If no build is running, delete ${path.basename(lock)}.`,
      );
    if (!told) logger.info(`another build of this project is running (${who}): waiting for it to finish`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Replace `dist` by the staging folder: two renames on one disk, the old site deleted after. */
async function swap({ dist, staging, old }: Folders): Promise<void> {
  const moved = await rename(dist, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw problem(
        `cannot replace ${dist}: ${fileSystemCause(error)}`,
        'The new site is not published; the old one is as it was. Make dist/ writable, then build again.',
      );
    },
  );
  try {
    await rename(staging, dist);
  } catch (error) {
    if (moved) await rename(old, dist).catch(() => undefined);
    throw problem(
      `cannot move the new site into ${dist}: ${fileSystemCause(error)}`,
      'The old site is as it was. Build again.',
    );
  }
  if (moved) await rm(old, { recursive: true, force: true });
}

/**
 * Builds that never half-write `dist/`: a build writes the site into a
 * folder beside it (`.dist.next-<pid>`), and only when every page, the search
 * index and the sitemap are written does it replace `dist/` (two renames on
 * the same disk; the old site deleted after). A build that fails, or is
 * stopped, leaves `dist/` as it was and deletes its folder. A second build of
 * the same project waits for the first (the lock `.dist.lock`) up to
 * `DATELINE_BUILD_WAIT` seconds (default 600; 0 refuses at once) and then
 * refuses with a message; a lock left by a build that died is taken over.
 *
 * It must come first among the integrations, so that the others see the
 * staging folder as the output; it adds its last step (the swap) after every
 * other integration's, so that the search index and sitemap are in the new
 * site before it is published.
 *
 * @returns The Astro integration.
 */
export function safeBuildIntegration(): AstroIntegration {
  let folders: Folders | null = null;
  /** On any exit: delete the unfinished site and release the lock, if this build holds them. */
  const cleanUp = () => {
    if (!folders) return;
    rmSync(folders.staging, { recursive: true, force: true });
    const owner = existsSync(folders.lock)
      ? (() => {
          try {
            return (JSON.parse(readFileSync(path.join(folders.lock, 'owner.json'), 'utf8')) as { pid: number }).pid;
          } catch {
            return null;
          }
        })()
      : null;
    if (owner === process.pid) rmSync(folders.lock, { recursive: true, force: true });
    folders = null;
  };
  const stop = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const publish: AstroIntegration = {
    name: 'dateline:safe-build-publish',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!folders) return;
        await swap(folders);
        logger.info(`published the new site in ${path.basename(folders.dist)}/ (replaced whole, never half-written)`);
        cleanUp();
      },
    },
  };
  return {
    name: 'dateline:safe-build',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const dist = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        const waitS = Number(process.env.DATELINE_BUILD_WAIT ?? DEFAULT_WAIT_S);
        const planned = foldersOf(dist);
        await acquire(planned.lock, Number.isFinite(waitS) && waitS >= 0 ? waitS : DEFAULT_WAIT_S, logger);
        folders = planned;
        process.once('exit', cleanUp);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        await rm(planned.staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${planned.staging}${path.sep}`) });
      },
      'astro:config:done': ({ config }) => {
        // Last of all integrations: its build:done runs after Pagefind's and the sitemap's.
        if (folders && !config.integrations.includes(publish)) config.integrations.push(publish);
      },
    },
  };
}
