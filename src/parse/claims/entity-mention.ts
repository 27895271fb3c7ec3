/**
 * Every township government named in full (`金寨县白塔畈镇人民政府`,
 * `神星镇人民政府`), so the validator can flag text copied from another
 * township's report. County offices (`满城区财政局`) are legitimate
 * mentions of other bodies and are not listed.
 */
import { governmentNames } from '../place-names.js';
import { clauseAround, type Found } from './found.js';

export function findEntityMentions(text: string): Found[] {
  return governmentNames(text).map((g) => {
    const [start, end] = clauseAround(text, g.start, g.end);
    return { claim: { type: 'entityMention', value: g.name, unit: null }, start, end };
  });
}
