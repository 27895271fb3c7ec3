/**
 * What the glued-funds readers share: a funds cell OCR fused into one digit run
 * (`310.2154.741050%5`), the cuts of that run into figures, and the checks a
 * reading must pass (its rate from its own execution ÷ budget, its score from
 * weight × rate). The cuts are bounded: a row holds at most six figures, an
 * amount at most 14 characters (999999999.9999); longer runs are no funds row,
 * and unbounded, the cuts of a run grow exponentially with its length.
 */

/** digits, a `%`, then the score if any: the figures before the rate and the text after it */
const GLUED_FUNDS = /^\s*([\d.]+)%([\d.]*)\s*$/;
const MAX_FIGURE = 14;
const MAX_RUN = 6 * MAX_FIGURE;

export function gluedFundsRun(text: string): { digits: string; after: string } | null {
  const m = GLUED_FUNDS.exec(text);
  if (!m || m[1]!.length > MAX_RUN) return null;
  return { digits: m[1]!, after: m[2]! };
}

/** Every cut of the digits into 1..maxParts figures, each a `figure`, in order of the first figure's length. */
export function* cuts(s: string, maxParts: number, figure: RegExp): Generator<string[]> {
  if (s === '') return;
  if (s.length <= MAX_FIGURE && figure.test(s)) yield [s];
  if (maxParts === 1) return;
  // the rest must still fit the parts left, each at most MAX_FIGURE long
  for (let k = Math.max(1, s.length - (maxParts - 1) * MAX_FIGURE); k < s.length && k <= MAX_FIGURE; k += 1) {
    const head = s.slice(0, k);
    if (!figure.test(head)) continue;
    for (const rest of cuts(s.slice(k), maxParts - 1, figure)) yield [head, ...rest];
  }
}

/** The stated rate is executed ÷ budget (either budget) rounded or cut at its own decimals. */
export function rateAgrees(rateText: string, executed: number, budgets: readonly number[]): boolean {
  const rate = Number(rateText);
  const scale = 10 ** (rateText.split('.')[1] ?? '').length;
  return budgets.some((b) => {
    const computed = (executed / b) * 100 * scale;
    return rate * scale === Math.round(computed) || rate * scale === Math.floor(computed);
  });
}

/** A score within its weight and within a point of weight × rate (capped at the weight). */
export function scoreFits(weight: number, rate: number, score: number): boolean {
  return score <= weight && Math.abs(Math.min(weight, (weight * rate) / 100) - score) <= 1;
}
