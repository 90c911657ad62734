/**
 * The story the site tells, named once for every page, the feed and the
 * structured data.
 */
export const STORY = {
  /** The story's name: the front page's heading. */
  title: 'North Korea, Russia and the troops sent to Kursk',
  /** One sentence about it: the description of pages that have none of their own. */
  summary:
    'A sourced timeline of the 2024–25 North Korea–Russia deal and the deployment of North Korean troops to Kursk.',
};
