import type { APIRoute } from 'astro';
import { currentSite } from '../../loader/current-site.ts';
import { cardCacheDir, renderCard } from '../../site/index.ts';

/** `dist/cards/timeline.png`: the timeline's share card, the image of every page without one of its own. */
export const GET: APIRoute = async () =>
  new Response(await renderCard(currentSite().shareCards.cards[0]!, cardCacheDir()), {
    headers: { 'Content-Type': 'image/png' },
  });
