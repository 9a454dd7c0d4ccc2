// Types of the "Thuyết minh" text sheet: what the clerk writes beside the 06a form and the
// evaluation (header fields, a few figures, one free text per outline section).
import type { IsoDate } from "../text/numbers";

/** Keys of the free-text cells, one per outline section (SPEC, "The narrative report"). */
export const SECTION_KEYS = [
  "opening",
  "i1",
  "i2",
  "i3",
  "i4",
  "i5",
  "i6",
  "i6late",
  "i6apology",
  "i7a",
  "i7b",
  "i7c",
  "i7d",
  "i7dd",
  "i8",
  "i9",
  "i10",
  "i11",
  "i12",
  "ii1",
  "ii2",
  "ii3",
  "iii",
  "iv1",
  "iv2",
  "iv3",
  "iv4",
  "closing",
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

/** Free text per section; "" when the clerk left it empty. */
export type SectionTexts = Record<SectionKey, string>;

/** Figures the outline needs beyond Biểu 06a and the evaluation; null when not given. */
export interface TextFigures {
  /** TTHC published / made public (công bố, công khai), e.g. 219. */
  published: number | null;
  /** TTHC to review and simplify under the plan, e.g. 52. */
  toReview: number | null;
  /** TTHC reviewed, e.g. 7. */
  reviewed: number | null;
  /** How much processing time was cut, as the clerk words it ("từ 30% đến trên 50%"); "" when not given. */
  reviewTimeCut: string;
  /** Completion of the review plan in percent, e.g. 100. */
  reviewCompletion: number | null;
  /** Feedback and petitions on TTHC rules received (phản ánh, kiến nghị), e.g. 0. */
  feedback: number | null;
  /** TTHC offered as online public services at level 3 / level 4. */
  dvcLevel3: number | null;
  dvcLevel4: number | null;
  /** Dossiers received through online public services at level 3 / level 4. */
  dvcDossiersLevel3: number | null;
  dvcDossiersLevel4: number | null;
  /** Electronic copies certified from originals (bản sao điện tử chứng thực từ bản chính). */
  eCopies: number | null;
}

export type FigureKey = Exclude<keyof TextFigures, "reviewTimeCut">;

/** Everything the text sheet holds. Strings are "" and lists [] when empty. */
export interface TextSheetData {
  /** Cơ quan cấp trên, e.g. "UBND thị xã Bỉm Sơn". */
  parentBody: string;
  /** Tên đơn vị, e.g. "UBND phường Phú Sơn". */
  unit: string;
  /** Kính gửi: one or several recipients. */
  recipients: string[];
  /** Địa danh of the date line, e.g. "Phú Sơn". */
  place: string;
  /** Ngày báo cáo. */
  date: IsoDate | null;
  /** What follows "Số:", e.g. "15/BC-UBND" or "/BC-UBND". */
  number: string;
  /** Kỳ báo cáo as written, e.g. "Quý I năm 2024"; "" to take it from Biểu 06a. */
  period: string;
  /** Chế độ báo cáo as written ("Nghị định 118/2025/NĐ-CP"); "" or absent: chosen by the period. */
  regime?: string;
  /** Name of the receiving body as the clerk writes it (e.g. the province's single centre); "" or absent: from the regime. */
  serviceCentre?: string;
  /** Authority line, e.g. "KT. CHỦ TỊCH"; "" when the chair signs. */
  signerAuthority: string;
  /** Signer's title, e.g. "PHÓ CHỦ TỊCH". */
  signerTitle: string;
  /** Signer's full name. */
  signerName: string;
  /** "Nơi nhận" lines. */
  noiNhan: string[];
  figures: TextFigures;
  sections: SectionTexts;
}

/** Values for layoutTextSheet: any part of TextSheetData, figures and sections partial too. */
export type TextSheetValues = Partial<Omit<TextSheetData, "figures" | "sections">> & {
  figures?: Partial<TextFigures>;
  sections?: Partial<SectionTexts>;
};

export function emptyFigures(): TextFigures {
  return {
    published: null,
    toReview: null,
    reviewed: null,
    reviewTimeCut: "",
    reviewCompletion: null,
    feedback: null,
    dvcLevel3: null,
    dvcLevel4: null,
    dvcDossiersLevel3: null,
    dvcDossiersLevel4: null,
    eCopies: null,
  };
}

export function emptySections(): SectionTexts {
  const s = {} as SectionTexts;
  for (const k of SECTION_KEYS) s[k] = "";
  return s;
}

export function emptyTextSheet(): TextSheetData {
  return {
    parentBody: "",
    unit: "",
    recipients: [],
    place: "",
    date: null,
    number: "",
    period: "",
    regime: "",
    serviceCentre: "",
    signerAuthority: "",
    signerTitle: "",
    signerName: "",
    noiNhan: [],
    figures: emptyFigures(),
    sections: emptySections(),
  };
}
