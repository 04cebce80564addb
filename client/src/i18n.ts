// Every UI string lives here, Chinese first. `t()` falls back to the key so a
// missing entry shows up on screen instead of an empty label.
import { MAP_MESSAGES } from './i18n-map.ts';

import { LIBRARY_MESSAGES } from './i18n-library.ts';

export type Lang = 'zh' | 'en';

export const MESSAGES = {
  // The library's strings (issue 10) live beside its views.
  ...LIBRARY_MESSAGES,
  appTitle: { zh: 'ReformGraph 改革图谱', en: 'ReformGraph' },
  appSubtitle: { zh: '法治政府建设报告中的改革扩散', en: 'How reforms spread through rule-of-law reports' },
  langToggle: { zh: 'English', en: '中文' },
  searchPlaceholder: {
    zh: '搜索改革、地区、机构、法规、报告…',
    en: 'Search reforms, places, agencies, regulations, reports…',
  },
  searchLabel: { zh: '搜索', en: 'Search' },
  noMatch: {
    zh: '没有找到“{q}”。换个说法，或输入更短的词试试。',
    en: 'Nothing found for “{q}”. Try another or a shorter word.',
  },
  searching: { zh: '正在搜索…', en: 'Searching…' },
  apiDown: {
    zh: '无法连接服务器（{detail}）。请确认服务已启动，然后刷新。',
    en: 'Cannot reach the server ({detail}). Check it is running, then reload.',
  },
  emptyDb: {
    zh: '数据库还是空的：先导入报告（npm run seed），再来探索。',
    en: 'The database is empty: load reports first (npm run seed), then explore.',
  },
  welcome: {
    zh: '共 {reports} 份报告（{from}–{to} 年）。在上方搜索一个改革或地区开始探索，例如“双随机”。',
    en: '{reports} reports ({from}–{to}). Search a reform or a place above to start, e.g. “双随机”.',
  },
  loading: { zh: '加载中…', en: 'Loading…' },
  error: { zh: '出错了：{detail}', en: 'Something went wrong: {detail}' },

  'type.REPORT': { zh: '报告', en: 'Report' },
  'type.AGENCY': { zh: '机构', en: 'Agency' },
  'type.JURISDICTION': { zh: '地区', en: 'Jurisdiction' },
  'type.REGULATION': { zh: '法规', en: 'Regulation' },
  'type.REFORM': { zh: '改革', en: 'Reform' },

  'mode.graph': { zh: '关系图', en: 'Graph' },
  'mode.spread': { zh: '扩散', en: 'Spread' },
  'mode.compare': { zh: '比较', en: 'Compare' },
  'mode.path': { zh: '路径', en: 'Path' },
  'mode.indicators': { zh: '指标', en: 'Indicators' },

  filters: { zh: '筛选', en: 'Filters' },
  kinds: { zh: '类型', en: 'Kinds' },
  years: { zh: '年份', en: 'Years' },
  yearFrom: { zh: '起', en: 'From' },
  yearTo: { zh: '止', en: 'To' },
  layout: { zh: '布局', en: 'Layout' },
  'layout.fcose': { zh: '力导向', en: 'Force (fcose)' },
  'layout.concentric': { zh: '同心圆', en: 'Concentric' },
  'layout.hierarchical': { zh: '层级', en: 'Hierarchical' },
  fit: { zh: '适应窗口', en: 'Fit' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  relayout: { zh: '重新布局', en: 'Re-layout' },
  showHidden: { zh: '显示已隐藏', en: 'Show hidden' },
  clearGraph: { zh: '清空', en: 'Clear' },
  legend: { zh: '图例', en: 'Legend' },
  graphEmpty: {
    zh: '图中还没有内容。搜索并选择一个实体，它的关系会显示在这里。',
    en: 'Nothing here yet. Search and pick an entity to see its neighbourhood.',
  },
  expandHint: { zh: '双击节点展开其关系', en: 'Double-click a node to expand it' },
  showMore: { zh: '显示更多（{name}）', en: 'Show more ({name})' },
  capped: { zh: '只显示了前 {n} 个相邻节点', en: 'Only the first {n} neighbours are shown' },
  nodesEdges: { zh: '{n} 个节点，{e} 条关系', en: '{n} nodes, {e} edges' },

  evidence: { zh: '证据', en: 'Evidence' },
  properties: { zh: '属性', en: 'Properties' },
  facts: { zh: '事实与原文', en: 'Facts and quotes' },
  noFacts: { zh: '没有记录的事实。', en: 'No recorded facts.' },
  selectSomething: {
    zh: '选择一个节点或关系，查看属性和原文证据。',
    en: 'Select a node or an edge to see its properties and quotes.',
  },
  hide: { zh: '隐藏', en: 'Hide' },
  remove: { zh: '移除', en: 'Remove' },
  expand: { zh: '展开', en: 'Expand' },
  openSpread: { zh: '查看扩散', en: 'Show spread' },
  addToCompare: { zh: '加入比较', en: 'Add to compare' },
  pathFrom: { zh: '设为路径起点', en: 'Set as path start' },
  pathTo: { zh: '设为路径终点', en: 'Set as path end' },
  openReport: { zh: '阅读报告全文', en: 'Read the report' },
  quoteFrom: { zh: '《{title}》（{year}年）', en: '“{title}” ({year})' },
  edgeTitle: { zh: '关系：{type}', en: 'Relation: {type}' },

  'prop.id': { zh: '标识', en: 'ID' },
  'prop.type': { zh: '类型', en: 'Type' },
  'prop.code': { zh: '区划代码', en: 'Code' },
  'prop.level': { zh: '层级', en: 'Level' },
  'prop.parent': { zh: '上级', en: 'Parent' },
  'prop.aliases': { zh: '别名', en: 'Aliases' },
  'prop.year': { zh: '年份', en: 'Year' },
  'prop.publishedOn': { zh: '发布日期', en: 'Published' },
  'prop.author': { zh: '发布机构', en: 'Author' },
  'prop.jurisdiction': { zh: '地区', en: 'Jurisdiction' },
  'prop.kind': { zh: '类别', en: 'Kind' },
  'prop.effectiveOn': { zh: '施行日期', en: 'Effective' },
  'prop.docNumber': { zh: '文号', en: 'Doc. number' },
  'prop.source': { zh: '来源', en: 'Source' },
  'prop.target': { zh: '终点', en: 'Target' },

  'fact.ADOPTED': { zh: '{who} 实施 {what}', en: '{who} adopted {what}' },
  'fact.PILOTED': { zh: '{who} 试点 {what}', en: '{who} piloted {what}' },
  'fact.PROMOTED_TO': { zh: '{what} 推广至 {who}', en: '{what} promoted to {who}' },
  'fact.FIRST': { zh: '{who} 率先 {what}', en: '{who} first with {what}' },
  'fact.LEARNED_FROM': { zh: '{who} 学习 {what}', en: '{who} learned from {what}' },
  'fact.CITES': { zh: '{who} 引用 {what}', en: '{who} cites {what}' },
  'fact.ISSUED': { zh: '{who} 制定 {what}', en: '{who} issued {what}' },

  'edge.ADOPTED': { zh: '实施', en: 'adopted' },
  'edge.PILOTED': { zh: '试点', en: 'piloted' },
  'edge.PROMOTED_TO': { zh: '推广至', en: 'promoted to' },
  'edge.LEARNED_FROM': { zh: '学习', en: 'learned from' },
  'edge.FIRST': { zh: '率先', en: 'first' },
  'edge.CITES': { zh: '引用', en: 'cites' },
  'edge.ISSUED': { zh: '制定', en: 'issued' },
  'edge.COOPERATES_WITH': { zh: '合作', en: 'cooperates with' },
  'edge.ABOUT': { zh: '关于', en: 'about' },
  'edge.AUTHORED_BY': { zh: '发布', en: 'authored by' },
  'edge.WITHIN': { zh: '隶属', en: 'within' },
  'edge.OF': { zh: '属于', en: 'of' },
  'edge.ISSUED_IN': { zh: '发布于', en: 'issued in' },
  'edge.MENTIONS': { zh: '提及', en: 'mentions' },

  reader: { zh: '报告原文', en: 'Report text' },
  close: { zh: '关闭', en: 'Close' },

  spreadTitle: { zh: '“{name}”的扩散', en: 'Spread of “{name}”' },
  spreadPick: {
    zh: '搜索并选择一项改革，查看它在各地的实施时间线。',
    en: 'Search and pick a reform to see when each place adopted it.',
  },
  spreadNone: { zh: '这项改革还没有记录到任何实施。', en: 'No adoptions recorded for this reform yet.' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  playYear: { zh: '截至 {year} 年', en: 'Up to {year}' },
  'event.adoption': { zh: '实施', en: 'adoption' },
  'event.pilot': { zh: '试点', en: 'pilot' },
  'event.promotion': { zh: '推广', en: 'promotion' },
  'event.first': { zh: '率先', en: 'first' },
  adopters: { zh: '实施地区', en: 'Adopters' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  hierarchyTitle: { zh: '{name}各地首次实施年份', en: 'First adoption across {name}' },
  otherGroup: { zh: '其他', en: 'Other' },

  compareTitle: { zh: '比较地区', en: 'Compare jurisdictions' },
  comparePick: {
    zh: '加入两个或更多地区（在搜索框里选地区，或在图中选择后点“加入比较”）。',
    en: 'Add two or more jurisdictions (pick them in search, or select one in the graph and press “Add to compare”).',
  },
  compareRun: { zh: '比较', en: 'Compare' },
  shared: { zh: '共同实施的改革', en: 'Reforms all of them adopted' },
  unique: { zh: '仅 {name} 实施', en: 'Only {name}' },
  none: { zh: '无', en: 'None' },
  removeItem: { zh: '移除', en: 'Remove' },

  pathTitle: { zh: '最短关联路径', en: 'Shortest connection' },
  pathPick: {
    zh: '选择起点和终点（在图中选择节点后点“设为路径起点/终点”）。',
    en: 'Pick a start and an end (select a node in the graph, then “Set as path start/end”).',
  },
  pathStart: { zh: '起点', en: 'Start' },
  pathEnd: { zh: '终点', en: 'End' },
  pathFind: { zh: '查找路径', en: 'Find path' },
  pathNone: { zh: '这两个实体之间没有 {n} 步以内的关联。', en: 'No connection within {n} steps.' },
  pathFound: {
    zh: '找到 {n} 步的路径，已在关系图中显示。',
    en: 'Found a {n}-step path; it is shown in the graph.',
  },

  export: { zh: '导出', en: 'Export' },
  exportPng: { zh: '导出图片 PNG', en: 'Export PNG' },
  exportJson: { zh: '导出 JSON', en: 'Export JSON' },
  share: { zh: '复制链接', en: 'Copy link' },
  copied: { zh: '链接已复制', en: 'Link copied' },

  // Report genre and which cue decided each metadata field (issue 9).
  'prop.genre': { zh: '报告类型', en: 'Genre' },
  'prop.cues': { zh: '元数据依据', en: 'Metadata from' },
  'prop.title': { zh: '标题', en: 'Title' },
  'prop.published': { zh: '发布日期', en: 'Published' },
  'genre.rule_of_law': { zh: '法治政府建设报告', en: 'Rule-of-law report' },
  'genre.administration_by_law': { zh: '依法行政工作报告', en: 'Administration-by-law report' },
  'genre.work_summary': { zh: '工作总结', en: 'Work summary' },
  'genre.government_work': { zh: '政府工作报告', en: 'Government work report' },
  'genre.committee_work': { zh: '管委会工作报告', en: 'Committee work report' },
  'genre.other': { zh: '其他', en: 'Other' },
  'cue.correction': { zh: '人工更正', en: 'correction' },
  'cue.manifest': { zh: '清单文件', en: 'manifest' },
  'cue.argument': { zh: '导入参数', en: 'ingest argument' },
  'cue.portal-header': { zh: '网页信息栏', en: 'portal header' },
  'cue.breadcrumb': { zh: '当前位置', en: 'breadcrumb' },
  'cue.title-line': { zh: '标题行', en: 'title line' },
  'cue.signature': { zh: '落款', en: 'signature' },
  'cue.opening-formula': { zh: '开头语', en: 'opening formula' },
  'cue.review-heading': { zh: '回顾标题', en: 'review heading' },
  'cue.file-name': { zh: '文件名', en: 'file name' },
  'cue.body': { zh: '正文', en: 'body' },
  ...MAP_MESSAGES,
  // Indicator panel (docs/indicators.md)
  'indicators.title': { zh: '指标面板：各地逐年报告的数字', en: 'Indicators: the numbers each place reported, year by year' },
  'indicators.pickPlace': {
    zh: '添加一个或多个地区，查看其报告中的行政复议、行政诉讼、规范性文件等指标；选择一个指标可比较多地。',
    en: 'Add one or more places to see the numbers their reports state (reconsideration, litigation, normative documents…); pick one indicator to compare places.',
  },
  'indicators.pickPoint': { zh: '点击图中的点，查看该数字的原文出处。', en: 'Click a point to see the sentence it was read from.' },
  'indicators.indicator': { zh: '指标', en: 'Indicator' },
  'indicators.all': { zh: '全部指标（按地区）', en: 'All indicators (by place)' },
  'indicators.csv': { zh: '导出 CSV', en: 'Export CSV' },
  'indicators.readReport': { zh: '阅读原文', en: 'Read in report' },
  'indicators.none': { zh: '报告中没有读到这些指标。', en: 'No indicator values read from its reports.' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

let current: Lang = 'zh';

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

/** Translate `key`, filling `{name}` placeholders from `params`. */
export function t(
  key: MessageKey | string,
  params: Record<string, string | number> = {},
  lang: Lang = current,
): string {
  const entry = (MESSAGES as Record<string, Record<Lang, string>>)[key];
  const template = entry ? entry[lang] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Edge/relation type label; unknown types show as written. */
export function edgeLabel(type: string, lang: Lang = current): string {
  const key = `edge.${type}`;
  return key in MESSAGES ? t(key, {}, lang) : type;
}
