/** The characters of Chinese list numbers, as Word renders them. */
export const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
/** place units, ones first: 个 十 百 千 万 */
export const CHINESE_UNITS = ['', '十', '百', '千', '万'] as const;
/** 大写 numerals (chineseLegalSimplified) */
export const CHINESE_LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
export const CHINESE_LEGAL_UNITS = ['', '拾', '佰', '仟', '万'] as const;
/** ideographTraditional: the ten heavenly stems */
export const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'] as const;
/** ideographZodiac: the twelve earthly branches */
export const ZODIAC_BRANCHES = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'] as const;
