import type { APIRoute } from 'astro';
import { currentSite } from '../../loader/current-site.ts';

/** `dist/search-index/shards.json`: the search shards' paths, for the dev server to index the current content. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ shards: currentSite().searchShards.map((shard) => shard.path) }), {
    headers: { 'Content-Type': 'application/json' },
  });
