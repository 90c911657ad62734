import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../../../loader/current-site.ts';
import { cardCacheDir, paths, renderCard, type ShareCard } from '../../../site/index.ts';

/** The share card of each key-events page, by size (`shareCards`). */
export const getStaticPaths: GetStaticPaths = () =>
  Object.keys(currentSite().shareCards.keyEvents).map((size) => ({
    params: { size },
    props: {
      card: currentSite().shareCards.pageCards.find((card) => card.path === paths.keyEventsCard(Number(size)))!,
    },
  }));

/** `dist/cards/key-events/<size>.png`: drawn once per content (`renderCard`'s cache). */
export const GET: APIRoute = async ({ props }) =>
  new Response(await renderCard((props as { card: ShareCard }).card, cardCacheDir()), {
    headers: { 'Content-Type': 'image/png' },
  });
