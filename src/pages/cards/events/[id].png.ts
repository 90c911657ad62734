import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../../../loader/current-site.ts';
import { cardCacheDir, renderCard, type ShareCard } from '../../../site/index.ts';

/** Every live event's share card (`shareCards`). */
export const getStaticPaths: GetStaticPaths = () =>
  currentSite()
    .shareCards.cards.slice(1)
    .map((card) => ({ params: { id: card.path.slice('/cards/events/'.length, -'.png'.length) }, props: { card } }));

/** `dist/cards/events/<id>.png`: drawn once per content (`renderCard`'s cache). */
export const GET: APIRoute = async ({ props }) =>
  new Response(await renderCard((props as { card: ShareCard }).card, cardCacheDir()), {
    headers: { 'Content-Type': 'image/png' },
  });
