/**
 * Events: claims to events (merged across outlets, titled, with figures, disagreements and permanent ids), and the entities, figures and relations of a whole story.
 *
 * @module
 */
export { buildEvents } from './build-events.ts';
export { collectEntities } from './collect-entities.ts';
export { collectFigures } from './collect-figures.ts';
export { parseLedger } from './parse-ledger.ts';
export { relateEvents } from './relate-events.ts';
export { cleanSentence, summariseEvents, type EventSummary } from './summarise-event.ts';
export { weighEvents, type WeighFacts } from './weigh-event.ts';
