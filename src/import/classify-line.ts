import { blankFurniture, findFurniture } from '../pipeline/reading/index.ts';
/** What a line of a captured page is. */
export type LineKind =
  /** Page furniture, with the reason; `ends` when what follows it is furniture too (a list of related posts, the comments). */
  | { kind: 'furniture'; reason: string; ends: boolean }
  /** Words that do not make a sentence: a heading, tag, link, ad or caption. */
  | { kind: 'fragment' }
  /** One or more sentences: article text, unless its place in the page says otherwise. */
  | { kind: 'sentence' };

/** Furniture that ends the article: what follows is a list of other posts or the readers' comments. */
const ENDS: Array<[RegExp, string]> = [
  [
    /^(?:you (?:may|might)(?: \w+)? (?:also )?(?:like|enjoy)|related(?: posts| articles| stories| news| content| coverage)?|more (?:stories|news|articles|from [\p{L} ]+)|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed)|popular (?:posts|stories)|trending(?: now| stories)?|latest (?:news|posts|stories)|further reading|read next|up next|what to read next)\s*:?$/iu,
    'a list of other posts',
  ],
  [
    /^(?:about the (?:author|reporter|writer)s?|author bio(?:graphy)?|more (?:articles )?by this (?:author|reporter))\s*:?$/iu,
    'an author box',
  ],
  [
    /^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?\s*:?$|^(?:leave|post|write|add|show|view|load) (?:a |the |your )?(?:comments?|reply|replies|responses?)\b|^join the (?:discussion|conversation)\b/iu,
    'comments',
  ],
];
/** Furniture recognised by what it says, wherever it stands. */
const FURNITURE: Array<[RegExp, string]> = [
  [
    /^(?:read|read also|also read|read more|see also|related|more|watch|listen|opinion|recommended|must read|don'?t miss)\s*[:>»|–—-]/iu,
    'a cross-link to another article',
  ],
  [/^read more\s*$/iu, 'a cross-link to another article'],
  [
    /\b(?:make a (?:small |one-time |monthly )?donation|donate (?:to|now|today|here)|please donate|support (?:us|our (?:work|journalism|reporting|newsroom)|independent journalism)|become a (?:patron|member|supporter|subscriber|co-creator)|join our community|help us (?:produce|continue|keep|grow|bring)|your (?:contribution|support|donation) (?:enables|helps|keeps|allows|makes)|for as little as\b)/iu,
    'an appeal for donations',
  ],
  [
    /\b(?:subscribe to (?:our|get|the|receive)|sign up (?:for|to) (?:our|the|get|receive)|(?:our|free|daily|weekly) newsletter|sent (?:straight |directly )?to your (?:e-?mail|inbox)|delivered (?:straight |directly )?to your inbox|get the latest (?:news|posts|stories|updates) (?:in|delivered|sent))\b|^(?:sign up|subscribe|newsletter)\b/iu,
    'a newsletter sign-up',
  ],
  [
    /\b(?:follow (?:us|the [\p{L} ]+?|[\p{Lu}][\p{L} ]*?) on (?:facebook|twitter|x|instagram|telegram|linkedin|youtube|threads|bluesky|whatsapp|google news)|connect with us|like us on facebook|share (?:this|on) (?:facebook|twitter|x|whatsapp|linkedin)|^share(?: this)?(?: article| story| post)?\s*:?$|^(?:facebook|twitter|whatsapp|linkedin|telegram|e-?mail|print|copy link)(?:\s+(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|print|copy link))*$)/iu,
    'sharing and social links',
  ],
  [
    /\bnewsletter\b.*\b(?:sign up|subscribe)\b|\b(?:sign up|subscribe)\b.*\bnewsletter\b|\b(?:sign up|subscribe) (?:here|now|today|for free)\b/iu,
    'a newsletter sign-up',
  ],
  [
    /^(?:story continues (?:below|after)\b.*|scroll (?:down )?to continue(?: reading)?|continue reading(?: below)?)\s*\.?$/iu,
    'an advertisement',
  ],
  [
    /\bad ?blockers?\b|^(?:advertisement|advertising|sponsored(?: content)?|promoted|paid (?:content|partner)|ad)\s*:?$|^(?:advertisement|sponsored)\s*[:–—-]/iu,
    'an advertisement',
  ],
  [
    /\b(?:all rights reserved|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by)|©\s*\d{4}|written permission|may not be (?:reproduced|republished)|please include an active hyperlink|reprint (?:anything|this|our))\b/iu,
    'a copyright or reprint notice',
  ],
  [
    /\b(?:privacy (?:policy|policies|notice|and cookie)|cookie (?:policy|policies|settings|preferences)|we use cookies|terms (?:of (?:use|service)|and conditions))\b/iu,
    'a privacy or cookie notice',
  ],
  [
    /\b(?:suggest a correction|report (?:an error|a typo)|highlight the text and press|ctrl ?\+ ?enter|leave your suggestions or corrections)\b/iu,
    'a corrections widget',
  ],
  [/^\d+\s*(?:-\s*)?(?:min(?:ute)?s?|m)\.?\s+read$|^reading time\b/iu, 'a reading-time note'],
  [
    /\b(?:photo|image|picture|illustration|video)\s*(?:credit)?\s*:|\bcredits?\s*:|\billustrative (?:photo|image|picture)\b|^(?:photo|image|file photo)\b.*\b(?:via|by)\b/iu,
    'an image caption or credit',
  ],
  [/^(?:discover more from|more from|get more from)\b/iu, 'a newsletter sign-up'],
  [
    /^(?:cancel|reply|submit|post|send|load more|show more|next|previous|back to top|menu|search|home|log ?in|sign ?in|log ?out|skip to (?:main )?content)\s*$/iu,
    'a button or navigation link',
  ],
];
/** Furniture only when the line is not a sentence (a sentence may say the same of the news). */
const FRAGMENT_FURNITURE: Array<[RegExp, string]> = [
  [/\b(?:is|are) (?:supported|funded|sponsored|powered) by\b|\bin partnership with\b/iu, 'a sponsor or funding credit'],
  [/\b(?:tags?|topics?|filed under|categor(?:y|ies))\s*:/iu, 'tags'],
  [/\b(?:jobs|deals|offers|shop now|buy now|sale|discount|coupon)\b/iu, 'an advertisement'],
];

/** Words the line holds (letters or digits). */
function words(line: string): number {
  return line.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Classify one line (or one block's text) of a captured web page: page
 * furniture recognised by what it says (cross-links, donation and newsletter
 * appeals, social and share links, ads, copyright, privacy and cookie
 * notices, correction widgets, reading times, image credits, buttons,
 * comment and related-post headings), words that make no sentence (headings,
 * tags, link texts, product names: no full stop, question or exclamation mark
 * at the end, or cut off with an ellipsis, or shorter than four words), and
 * sentences. Where a line stands in the page is for the caller to weigh.
 *
 * @param line - The text of the line, without Markdown.
 * @returns Its kind; furniture comes with a reason.
 */
export function classifyLine(line: string): LineKind {
  const text = line.replace(/\s+/g, ' ').trim();
  for (const [pattern, reason] of ENDS) if (pattern.test(text)) return { kind: 'furniture', reason, ends: true };
  for (const [pattern, reason] of FURNITURE) if (pattern.test(text)) return { kind: 'furniture', reason, ends: false };
  // The reader's own furniture (wire datelines, page timestamps, photo credits): the same rules as the build's.
  const spans = findFurniture([text])[0]!;
  if (spans.length && !/\p{L}/u.test(blankFurniture(text, spans)))
    return {
      kind: 'furniture',
      reason: `a ${spans[0]!.kind === 'credit' ? 'photo credit' : spans[0]!.kind}`,
      ends: false,
    };
  const truncated = /(?:\.\.\.|…)\s*$/u.test(text);
  const sentence = !truncated && /[.!?]["'”’»)\]]*$/u.test(text) && words(text) >= 4;
  if (sentence) return { kind: 'sentence' };
  for (const [pattern, reason] of FRAGMENT_FURNITURE)
    if (pattern.test(text)) return { kind: 'furniture', reason, ends: false };
  if (truncated) return { kind: 'furniture', reason: 'a teaser cut off with an ellipsis', ends: false };
  return { kind: 'fragment' };
}
