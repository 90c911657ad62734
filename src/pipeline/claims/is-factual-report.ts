// Verbs that report who said or did what. Literal alternation: linear time.
const REPORT_VERB =
  /\b(?:said|says|stated|states|confirmed|confirms|reported|reports|revealed|reveals|announced|announces|warned|warns|noted|claimed|claims|acknowledged|disclosed|deployed|struck|agreed|signed|captured|killed|sent|moved|urged|estimated|estimate|released|attributed|outlined|expects|accused|supplied|supplying|launched|attacked|arrived|told|denied|admitted|approved|ratified|met|visited|according|provides?|provided|supply|supplies|deliver(?:s|ed)?|receiv(?:e|es|ed)|train(?:s|ed|ing)|fought|fighting|integrated|stationed|moving|expects?|plans?|seeks?|sought|sending|send|shipping|shipped|killed|injured)\b/i;
// A figure, but not the digits of a designation such as MiG-29 or Su-25.
const NUMBER = /(?:^|[^\p{L}\d-])\d/u;
const PROPER_NOUN = /\s[A-Z][\p{Ll}]/u;

/**
 * Tell whether a sentence with no date of its own reports a fact worth a
 * "reported on" timeline entry: someone said or did something (a reporting
 * or action verb) or a number is given, about a named person, place or group.
 * Commentary, questions and page text without either are left out.
 *
 * @param sentence - Plain text of the sentence.
 * @returns Whether the sentence is a factual report.
 */
export function isFactualReport(sentence: string): boolean {
  if (!PROPER_NOUN.test(sentence) || sentence.trimEnd().endsWith('?')) return false;
  return REPORT_VERB.test(sentence) || NUMBER.test(sentence);
}
