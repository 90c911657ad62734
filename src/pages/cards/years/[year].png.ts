import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite } from '../../../loader/current-site.ts';
import { cardCacheDir, paths, renderCard, type ShareCard } from '../../../site/index.ts';

/** The share card of each year of a split timeline (`shareCards`); none when the timeline fits on one page. */
export const getStaticPaths: GetStaticPaths = () =>
  Object.keys(currentSite().shareCards.years).map((year) => ({
    params: { year },
    props: { card: currentSite().shareCards.pageCards.find((card) => card.path === paths.yearCard(year))! },
  }));

/** `dist/cards/years/<year>.png`: drawn once per content (`renderCard`'s cache). */
export const GET: APIRoute = async ({ props }) =>
  new Response(await renderCard((props as { card: ShareCard }).card, cardCacheDir()), {
    headers: { 'Content-Type': 'image/png' },
  });
