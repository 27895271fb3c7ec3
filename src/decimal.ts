/**
 * Exact decimal arithmetic for money. Amounts are added as integers in units
 * of the smallest stated decimal, never as floats, and a declared figure is
 * compared with a computed one at the declared figure's own precision.
 *
 * A JS number that came from a written decimal (`12.21`) prints back as that
 * decimal (`String(12.21) === "12.21"`), so numbers in the report can be
 * turned back into exact decimals without loss.
 */

/** value = units / 10^scale */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const PLAIN = /^([+-]?)(\d+)(?:\.(\d*))?$/;

/** Parse a plain ASCII decimal (`-12.21`, `3.`, `0050`); null for anything else. */
export function parseDecimal(text: string): Decimal | null {
  const m = PLAIN.exec(text.trim());
  if (!m) return null;
  const [, sign, int, frac = ''] = m;
  const units = BigInt(`${int}${frac}`) * (sign === '-' ? -1n : 1n);
  return { units, scale: frac.length };
}

/** The exact decimal a finite number prints as (its shortest round-trip form). */
export function fromNumber(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  let text = String(n);
  if (/e/i.test(text)) {
    // 1e-7 or 1e+21: expand through toFixed/BigInt so no digits are invented
    text = Math.abs(n) < 1 ? n.toFixed(20).replace(/0+$/, '') : BigInt(n).toString();
  }
  const d = parseDecimal(text);
  if (!d) throw new RangeError(`cannot read number: ${n}`);
  return d;
}

function rescale(d: Decimal, scale: number): Decimal {
  if (scale === d.scale) return d;
  if (scale > d.scale) return { units: d.units * 10n ** BigInt(scale - d.scale), scale };
  return roundTo(d, scale);
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale).units + rescale(b, scale).units, scale };
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce(add, { units: 0n, scale: 0 });
}

export function negate(d: Decimal): Decimal {
  return { units: -d.units, scale: d.scale };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  return add(a, negate(b));
}

/** Multiply by 10^k (k may be negative) exactly: a unit change such as 万元 → 元 is k = 4. */
export function shift(d: Decimal, k: number): Decimal {
  if (k >= 0) {
    const drop = Math.min(k, d.scale);
    return { units: d.units * 10n ** BigInt(k - drop), scale: d.scale - drop };
  }
  return { units: d.units, scale: d.scale - k };
}

/** Round half away from zero to `scale` decimals (the way people round a stated figure). */
export function roundTo(d: Decimal, scale: number): Decimal {
  if (scale >= d.scale) return rescale(d, scale);
  const factor = 10n ** BigInt(d.scale - scale);
  const abs = d.units < 0n ? -d.units : d.units;
  let q = abs / factor;
  if ((abs % factor) * 2n >= factor) q += 1n;
  return { units: d.units < 0n ? -q : q, scale };
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale).units;
  const y = rescale(b, scale).units;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function equals(a: Decimal, b: Decimal): boolean {
  return compare(a, b) === 0;
}

/**
 * A declared figure agrees with a computed one when the computed one, rounded
 * to the declared figure's own decimals, equals it: 2735.65 agrees with
 * 2735.649088; 2735.6 does not agree with 2735.7.
 */
export function agreesAtPrecision(declared: Decimal, computed: Decimal): boolean {
  return equals(roundTo(computed, declared.scale), declared);
}

/** Drop trailing zero decimals: 12.2100 → 12.21. */
export function normalize(d: Decimal): Decimal {
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

export function toString(d: Decimal): string {
  const n = normalize(d);
  const neg = n.units < 0n;
  const digits = (neg ? -n.units : n.units).toString().padStart(n.scale + 1, '0');
  const int = digits.slice(0, digits.length - n.scale);
  const frac = digits.slice(digits.length - n.scale);
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

export function toNumber(d: Decimal): number {
  return Number(toString(d));
}
