/**
 * Paragraph style names that mean "heading level N", as Word and WPS write
 * them (WPS in Chinese often names the built-in styles 标题 1 …), turned
 * into mammoth style-map lines. Levels 7–9 have no HTML tag, so they become
 * `<p class="heading-N">`.
 */
const HEADING_NAME_PATTERNS = ['heading {n}', 'Heading {n}', 'HEADING {n}', '标题 {n}', '标题{n}'] as const;
const HEADING_STYLE_IDS = ['Heading{n}', 'heading{n}'] as const;

export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** the HTML element a heading of this level becomes */
export function headingTarget(level: number): string {
  return level <= 6 ? `h${level}` : `p.heading-${level}`;
}

export const HEADING_STYLE_MAP: readonly string[] = HEADING_LEVELS.flatMap((level) => [
  ...HEADING_NAME_PATTERNS.map((name) => `p[style-name='${name.replace('{n}', String(level))}'] => ${headingTarget(level)}:fresh`),
  ...HEADING_STYLE_IDS.map((id) => `p.${id.replace('{n}', String(level))} => ${headingTarget(level)}:fresh`),
]);
