import { slugify } from '../nomination/nominee-key.js';
import type { NomineeKind } from '../nomination/vocabulary.js';

/** Who confers a title: the unit itself (cơ sở), the Ministry (Bộ), or the State (Nhà nước). */
export type AwardLevel = 'CO_SO' | 'BO' | 'NHA_NUOC';

export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  CO_SO: 'Cấp cơ sở',
  BO: 'Cấp Bộ',
  NHA_NUOC: 'Cấp Nhà nước',
};

export interface AwardTitle {
  code: string;
  /** As the Law on Emulation and Commendation and the Ministry's decisions write it. */
  name: string;
  /** Who may receive it; a certificate of merit (bằng khen) goes to individuals and collectives alike. */
  kinds: readonly NomineeKind[];
  level: AwardLevel;
}

const INDIVIDUAL: readonly NomineeKind[] = ['INDIVIDUAL'];
const COLLECTIVE: readonly NomineeKind[] = ['COLLECTIVE'];
const BOTH: readonly NomineeKind[] = ['INDIVIDUAL', 'COLLECTIVE'];

/**
 * The emulation titles and awards the history records: a catalogue, never free text, so that a
 * cycle's standard can name them and a spreadsheet's row is checked against them. In the order
 * the template lists them: individuals' titles by level, then collectives', then the honour this
 * engine's cycles confer.
 */
export const AWARD_TITLES: readonly AwardTitle[] = [
  { code: 'LAO_DONG_TIEN_TIEN', name: 'Lao động tiên tiến', kinds: INDIVIDUAL, level: 'CO_SO' },
  { code: 'CHIEN_SI_THI_DUA_CO_SO', name: 'Chiến sĩ thi đua cơ sở', kinds: INDIVIDUAL, level: 'CO_SO' },
  { code: 'CHIEN_SI_THI_DUA_BO', name: 'Chiến sĩ thi đua cấp Bộ', kinds: INDIVIDUAL, level: 'BO' },
  { code: 'CHIEN_SI_THI_DUA_TOAN_QUOC', name: 'Chiến sĩ thi đua toàn quốc', kinds: INDIVIDUAL, level: 'NHA_NUOC' },
  { code: 'BANG_KHEN_BO_TRUONG', name: 'Bằng khen của Bộ trưởng', kinds: BOTH, level: 'BO' },
  { code: 'TAP_THE_LAO_DONG_TIEN_TIEN', name: 'Tập thể lao động tiên tiến', kinds: COLLECTIVE, level: 'CO_SO' },
  { code: 'TAP_THE_LAO_DONG_XUAT_SAC', name: 'Tập thể lao động xuất sắc', kinds: COLLECTIVE, level: 'BO' },
  { code: 'CO_THI_DUA_BO', name: 'Cờ thi đua của Bộ', kinds: COLLECTIVE, level: 'BO' },
  { code: 'DIEN_HINH_TIEN_TIEN', name: 'Điển hình tiên tiến', kinds: BOTH, level: 'BO' },
];

/** The first year a title can be recorded for: the year of President Hồ Chí Minh's call for patriotic emulation (11/6/1948). */
export const FIRST_AWARD_YEAR = 1948;

/** The honour a cycle of this engine confers at its conference, recorded in the history when conferred. */
export const CONFERRED_TITLE_CODE = 'DIEN_HINH_TIEN_TIEN';

const BY_CODE = new Map(AWARD_TITLES.map((t) => [t.code, t]));
// A spreadsheet may name a title by its code or by its name, typed with or without diacritics.
const BY_SLUG = new Map(AWARD_TITLES.flatMap((t) => [[slugify(t.name), t] as const, [slugify(t.code), t] as const]));

export function awardTitle(code: string): AwardTitle | undefined {
  return BY_CODE.get(code);
}

/** The title a person typed: "Chiến sĩ thi đua cơ sở", "chien si thi dua co so" or "CHIEN_SI_THI_DUA_CO_SO". */
export function findAwardTitle(text: string): AwardTitle | undefined {
  const slug = slugify(text);
  return slug ? BY_SLUG.get(slug) : undefined;
}

/** The Vietnamese name of a title, or its code for one the catalogue no longer has. */
export function awardTitleName(code: string): string {
  return BY_CODE.get(code)?.name ?? code;
}
