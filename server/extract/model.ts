// The graph model: what the pure extractor hands to the loader (and, projected, to `npm run extract`).
// Everything here is plain data so it can be serialised, diffed in tests and loaded in one transaction.
// Offsets are UTF-16 code-unit indices into `ExtractedReport.text` (the decoded text, before any
// normalisation), so `text.slice(start, end) === quote` always holds.

export type JurisdictionLevel = 'nation' | 'province' | 'city' | 'county' | 'town';
/** Wider to narrower: a smaller rank contains a larger one. */
export const LEVEL_RANK: Record<JurisdictionLevel, number> = {
  nation: 0,
  province: 1,
  city: 2,
  county: 3,
  town: 4,
};

export type RegulationKind =
  | 'law'
  | 'administrative_regulation'
  | 'local_regulation'
  | 'rule'
  | 'normative_document'
  | 'party_regulation'
  | 'plan'
  | 'list'
  | 'guide'
  | 'standard'
  | 'other';

export type ReformRole = 'implement' | 'pilot' | 'first' | 'promoted';

/**
 * Whether the text reports a fact as carried out (the review: 过去一年, 2023年工作回顾, 已…) or only
 * plans it (下一步, 2024年工作安排, 将…, 力争…). A reform named in both parts is `both`.
 * Facts without a stage are `done` (older stores, reports with no plan part).
 */
export type FactStage = 'done' | 'planned';
export type ReformStage = FactStage | 'both';

/** The kind of report, read from its title, file name or body. */
export type ReportGenre =
  | 'rule_of_law' // 法治政府建设(年度)报告 / 情况报告
  | 'administration_by_law' // 依法行政工作报告
  | 'work_summary' // 工作总结(暨…计划)
  | 'government_work' // 政府工作报告 (about the year before it is delivered)
  | 'committee_work' // 管委会工作报告 (a 新区/开发区's government work report)
  | 'other';

/** The report metadata fields whose deciding cue is recorded. */
export type MetaField = 'title' | 'author' | 'jurisdiction' | 'year' | 'published' | 'genre';

/**
 * Which cue decided a metadata field. Order of trust (highest first) is documented in
 * docs/extractor.md: given values (manifest, correction, argument) beat anything read from the text.
 */
export type MetaCue =
  | 'correction' // an analyst's correction kept in the graph
  | 'manifest' // a row of --manifest
  | 'argument' // an ingestReport argument
  | 'portal-header' // 标题 / 发布机构 / 发布时间 / 索引号 / 文号 lines
  | 'breadcrumb' // 当前位置：首页 > … > 深圳市龙华区
  | 'title-line'
  | 'signature' // body + date at the end
  | 'opening-formula' // 我代表深圳市人民政府向大会作政府工作报告
  | 'review-heading' // 一、2016年工作回顾 / 过去一年 (+ the delivery year)
  | 'file-name'
  | 'body'; // 现将我局2023年…报告如下, 今年以来

/** Metadata given from outside the text (manifest row, ingestReport arguments, a correction). */
export interface MetaOverrides {
  title?: string | null;
  /** A jurisdiction name (深圳市南山区, 南山区) or GB/T 2260 code. */
  jurisdiction?: string | null;
  year?: number | null;
  /**
   * The year the report was delivered or published (a collector's report_year). Not the year covered:
   * a government work report delivered in Y is about Y−1, so `year` is derived from it unless given.
   */
  delivered?: number | null;
  author?: string | null;
  published?: string | null;
  genre?: ReportGenre | null;
  /** The cue recorded for the given fields (default 'manifest'). */
  cue?: Extract<MetaCue, 'correction' | 'manifest' | 'argument'>;
}

/** A verbatim span of the report text behind a fact. */
export interface Evidence {
  quote: string; // ≤ 80 chars, === text.slice(start, end)
  start: number;
  end: number;
  passage: number; // index into ExtractedReport.passages
}

/** A paragraph (or heading line) of the report with the section heading it sits under. */
export interface Passage {
  index: number;
  start: number;
  end: number;
  heading: string | null;
}

export interface Mention {
  surface: string; // as written in the text
  start: number;
  end: number;
}

export interface JurisdictionEntity {
  /** Stable key: the GB/T 2260 code when known (e.g. "330482"), else "name:<full name>". */
  key: string;
  name: string; // full canonical name, e.g. 平湖市
  level: JurisdictionLevel;
  code: string | null;
  /** Key of the parent jurisdiction (WITHIN), when known. */
  parentKey: string | null;
  /** Full path for display/disambiguation, e.g. 浙江省嘉兴市平湖市. */
  fullName: string;
  /** Valid years for divisions that no longer exist (e.g. 江干区 until 2021). */
  validUntil?: number | null;
  mentions: Mention[];
}

export interface AgencyEntity {
  /** Stable key: the canonical name. */
  key: string;
  name: string; // jurisdiction full name + standard body name, e.g. 嘉兴市自然资源和规划局
  jurisdictionKey: string | null;
  aliases: string[]; // surface forms other than the name
  mentions: Mention[];
}

export interface RegulationEntity {
  /** Stable key: the normalised title (see normalize.ts `titleKey`). */
  key: string;
  title: string; // without 《》
  kind: RegulationKind;
  jurisdictionKey: string | null; // issuing area where evident
  effective: string | null; // ISO date where stated
  mentions: Mention[];
}

export interface ReformEntity {
  /** Stable key: the normalised canonical name (see normalize.ts `reformKey`), shared across reports. */
  key: string;
  name: string; // canonical, without quote marks
  aliases: string[];
  roles: ReformRole[]; // of the reporting jurisdiction
  /** Where the name came from: the curated lexicon or discovered in this text. */
  source: 'lexicon' | 'discovered';
  mentions: Mention[];
  /** Whether the report gives it as done, only plans it, or both (facts/stage.ts); absent = done. */
  stage?: ReformStage;
}

/**
 * Facts are typed edges between entity keys, each with evidence. The loader maps `kind` to a
 * relationship type; the contract projection maps them to pilots/promotions/learned/firsts.
 */
type FactBody =
  | {
      kind: 'adopts';
      jurisdiction: string;
      reform: string;
      agency: string | null;
      year: number;
      evidence: Evidence;
    }
  | { kind: 'pilots'; jurisdiction: string; reform: string; year: number | null; evidence: Evidence }
  | {
      kind: 'promoted';
      reform: string;
      from: string | null; // jurisdiction key
      scope: string; // jurisdiction key of the wider area (浙江省 → "33", nation → "100000")
      year: number | null;
      evidence: Evidence;
    }
  | { kind: 'learned'; learner: string; teacher: string; year: number | null; evidence: Evidence }
  | {
      kind: 'first';
      jurisdiction: string;
      reform: string | null;
      scope: string | null;
      year: number | null;
      evidence: Evidence;
    }
  | { kind: 'cites'; regulation: string; evidence: Evidence }
  | { kind: 'issues'; agency: string; regulation: string; evidence: Evidence }
  | { kind: 'cooperates'; agency: string; partner: string; evidence: Evidence };

/** Every fact may carry a stage; absent means done. */
export type Fact = FactBody & { stage?: FactStage };

export type FactKind = Fact['kind'];

/**
 * A stated quantity read as a canonical indicator (seed/lexicon/indicators.json, docs/indicators.md):
 * only the report's own observations (not targets, not numbers about a court or a wider area).
 * Kept beside `facts`, not as a fact kind: it has a value and no second entity.
 */
export interface IndicatorFact {
  name: string; // canonical indicator name, e.g. reconsideration_received
  value: number;
  unit: string; // as stated: 件 宗 项 人 名 条 份 % 万元 亿元 元
  year: number | null;
  jurisdictionKey: string | null; // the area the number is about
  agency: string | null; // agency key when it is a body's own number (a bureau's report), else null
  evidence: Evidence;
}

export interface ReportMeta {
  title: string | null;
  /** Agency key of the reporting body (a government, a bureau…), or null if unknown. */
  authorKey: string | null;
  author: string | null; // canonical name of the reporting body
  jurisdictionKey: string | null;
  jurisdiction: string | null; // full name of the area the body governs
  year: number | null; // the year reported on
  published: string | null; // ISO date signed/issued/published
  docNumber: string | null; // e.g. 温建〔2022〕4号
  genre: ReportGenre | null;
  /** Which cue decided each field that has a value. */
  cues: Partial<Record<MetaField, MetaCue>>;
}

export interface ExtractedReport {
  file: string; // basename of the input (or the `source` given to ingestReport)
  text: string; // the decoded text all offsets refer to
  contentHash: string; // sha256 hex of `text`: the report's stable key
  report: ReportMeta;
  passages: Passage[];
  jurisdictions: JurisdictionEntity[];
  agencies: AgencyEntity[];
  regulations: RegulationEntity[];
  reforms: ReformEntity[];
  facts: Fact[];
  /** Stated indicator values (absent in stores and fixtures written before indicators existed). */
  indicators?: IndicatorFact[];
}
