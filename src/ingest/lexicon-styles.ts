/**
 * Paragraph style names that mean "heading level N", as Word and WPS write
 * them (WPS in Chinese often names the built-in styles 标题 1 …), turned
 * into mammoth style-map lines. Levels 7–9 have no HTML tag, so they become
 * `<p class="heading-N">`. mammoth compares style names ignoring case, so one
 * spelling per name is enough.
 */
const HEADING_NAME_PATTERNS = ['heading {n}', '标题 {n}', '标题{n}'] as const;
const HEADING_STYLE_IDS = ['Heading{n}', 'heading{n}'] as const;

export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** the HTML element a heading of this level becomes */
export function headingTarget(level: number): string {
  return level <= 6 ? `h${level}` : `p.heading-${level}`;
}

/** One style-map line: a paragraph style, by name (any case) or by id (exact), and the line for mammoth. */
export interface HeadingStyle {
  by: 'name' | 'id';
  value: string;
  line: string;
}

export const HEADING_STYLES: readonly HeadingStyle[] = HEADING_LEVELS.flatMap((level): HeadingStyle[] => [
  ...HEADING_NAME_PATTERNS.map((pattern) => {
    const value = pattern.replace('{n}', String(level));
    return { by: 'name' as const, value, line: `p[style-name='${value}'] => ${headingTarget(level)}:fresh` };
  }),
  ...HEADING_STYLE_IDS.map((pattern) => {
    const value = pattern.replace('{n}', String(level));
    return { by: 'id' as const, value, line: `p.${value} => ${headingTarget(level)}:fresh` };
  }),
]);
