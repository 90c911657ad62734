import type { APIRoute } from 'astro';
import { searchShards } from '../../lib/search-shards.ts';

/** `dist/search-index/shards.json`: the search shards' paths, for the dev server to index the current content. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ shards: (await searchShards()).map((shard) => shard.path) }), {
    headers: { 'Content-Type': 'application/json' },
  });
