import { dateSentence } from './src/pipeline/dates/date-sentence.ts';
const [s, p] = [process.argv[2]!, process.argv[3] ?? '1989-11-01'];
for (const d of dateSentence(s, p)) console.log(d.mention.text, d.mention.rule, d.tense, d.interval?.start, d.interval?.end);
