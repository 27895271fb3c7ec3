/** Words the batch stage treats as interchangeable between reports of different bodies. Data, not logic. */

/** How a body names itself (`我镇`, `我乡`, `本街道`): copied text keeps the phrase but may change the level. */
export const SELF_REFERENCE = /(我|本)(镇|乡|街道|区|县|单位|部门)/g;

/** Where prose is cut into passages. */
export const PASSAGE_BREAK = /(?<=[。；;！!？?])/;

/** What a passage's comparison key drops: spaces, punctuation and symbols. */
export const KEY_NOISE = /[\p{P}\p{S}\s]+/gu;

/** Figures are masked in the key: a copy that changed only the numbers is still a copy, and figures of the template do not tell reports apart. */
export const KEY_FIGURES = /\d+(?:\.\d+)?/g;
