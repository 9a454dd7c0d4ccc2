// What differs between the two legal regimes of the quarterly TTHC report (SPEC, "Two legal
// regimes"). One module per regime holds the facts (nd61-2018.ts, nd118-2025.ts); this file only
// says their shape. The next amendment (NĐ 309/2026 is reported to amend NĐ 118) is a change of
// one regime module, or one more module and a line in index.ts.

export type RegimeId = "nd61-2018" | "nd118-2025";

/** A legal document as a report cites it (NĐ 30/2020: number, date and subject on first citation). */
export interface Citation {
  /** "Nghị định số 118/2025/NĐ-CP" */
  title: string;
  /** "118/2025/NĐ-CP" */
  number: string;
  /** "Chính phủ", "Văn phòng Chính phủ" */
  issuer: string;
  /** ISO date of issue, "2025-06-09". */
  date: string;
  /** The subject as the document names itself (short legal title). */
  subject: string;
}

/** A content or criterion of the evaluation, keyed by its point letter. */
export interface EvalItem {
  /** Point letter as printed: "a", "b", … "đ", … "i". */
  key: string;
  /** Short Vietnamese name (our wording; the decree's point names the subject). */
  name: string;
}

export interface Regime {
  id: RegimeId;
  /** Short name for messages: "Nghị định 61/2018/NĐ-CP". */
  name: string;
  /** First day the regime applies (ISO), and the last one (ISO) or null while in force. */
  from: string;
  to: string | null;
  citations: {
    /** The one-stop decree in force. */
    oneStop: Citation;
    /** Its amendments still in force alongside it. */
    amendments: Citation[];
    /** The circular that guides it. */
    guidance: Citation;
    /** The circular of the statistics table (Biểu 06a). */
    form06a: Citation;
    /** Document format. */
    format: Citation;
  };
  localGovernment: {
    /** "three-level": province → district → commune; "two-level": province → commune. */
    levels: "three-level" | "two-level";
    /** Words of a district-level unit (lower case): none must appear in a report under two levels. */
    districtWords: readonly string[];
  };
  bodies: {
    /** Common name of the one-stop counter. */
    counter: string;
    /** The commune's receiving body as the report names it, from the unit's kind and place. */
    receivingBody(kind: string | null, place: string): string;
    /** Name of the province-level centre, when the province runs one (null: no such body). */
    provinceCentre(province: string): string | null;
  };
  addressee: {
    /** Level the commune reports to. */
    level: "district" | "province";
    /** Default "Kính gửi" lines from the parent body's name in prose ("UBND tỉnh Thanh Hóa"). */
    recipients(parent: string): string[];
  };
  rollup: {
    level: "district" | "province";
    /** The aggregating body's kind, for titles: "huyện, thị xã" / "tỉnh". */
    levelWord: string;
    /** Members: "phường, xã" / "xã, phường, đặc khu". */
    memberWord: string;
  };
  evaluation: {
    /** "nine-indices": 0–2 points each, total and grade; "art33-contents": Điều 33.1 a)–i), no points. */
    model: "nine-indices" | "art33-contents";
    /** The citizens' contents (nd118, Điều 33.1). */
    contents: readonly EvalItem[];
    /** The authority's criteria the national portal publishes (nd118, Điều 32.1). */
    criteria: readonly EvalItem[];
  };
  /**
   * The two kinds of online public service as the report names them: the Thuyết minh rows and the
   * report's sentence of section I.8. Figures keep their keys (dvcLevel3 = the partial kind,
   * dvcLevel4 = the full one), so a workbook laid out under either regime reads the same.
   */
  onlineServices: {
    /** "mức độ 3" / "một phần": applied for online, part of the procedure at the counter. */
    partial: string;
    /** "mức độ 4" / "toàn trình": the whole procedure online, result online or by post. */
    full: string;
  };
  /** Default report template (file name under templates/ without .hbs). */
  template: "bao-cao-quy" | "bao-cao-quy-nd118";
}
