import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/**
 * Serve a built site from `dir` on a free loopback port, the way a static
 * host does: `/x/` serves `/x/index.html`, unknown paths get `404.html`.
 * With a base path, the site is served under it, as GitHub Pages serves a
 * project site: `/story/x/` is `x/index.html`, and nothing is outside it.
 *
 * @param dir - The folder to serve (normally `dist`).
 * @param base - The path the site is served under (`/` or `/story/`).
 * @returns The base URL and a function that stops the server.
 */
export async function serveDist(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server: Server = createServer(async (request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inside = requested.startsWith(base) ? requested.slice(base.length - 1) : null;
    let file = path.join(root, inside ?? '');
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const found = inside !== null && file.startsWith(root) ? await stat(file).catch(() => null) : null;
    const status = found?.isFile() ? 200 : 404;
    if (status === 404) file = path.join(root, '404.html');
    response.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file)
      .on('error', () => response.end())
      .pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
