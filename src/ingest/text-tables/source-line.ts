/**
 * One line of a decoded text file, as the table recognisers see it: its
 * 1-based number, the line with debris removed (`raw`, untrimmed, because a
 * leading tab is layout), and the trimmed text.
 */
export interface SourceLine {
  line: number;
  raw: string;
  text: string;
}

/**
 * What a layout recogniser returns: the table and the index of the first line
 * after it, or no table and the first index where trying again could succeed
 * (so a long run that is not a table is scanned once, not once per line).
 */
export interface Attempt<T> {
  value: T | null;
  next: number;
}
