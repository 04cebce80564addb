// Pure: the `node(id)` payload → what the evidence panel lists (properties + facts with quotes).
import { t } from './i18n.ts';
import type { EntityDetails, EntityType, Evidence, Fact } from './types.ts';

type Obj = Record<string, unknown>;
interface Named {
  id?: string;
  name: string;
}
interface FactRow {
  year?: number | null;
  evidence?: Evidence[];
  [k: string]: unknown;
}

function nameOf(v: unknown): string {
  return v && typeof v === 'object' && 'name' in v ? String((v as Named).name) : '';
}

function rows(v: unknown): FactRow[] {
  return Array.isArray(v) ? (v as FactRow[]) : [];
}

function fact(type: string, who: string, what: string, row: FactRow): Fact {
  return { label: t(`fact.${type}`, { who, what }), year: row.year ?? null, evidence: row.evidence ?? [] };
}

export function toDetails(node: Obj): EntityDetails {
  const type = node.type as EntityType;
  const name = String(node.name);
  const entity = { id: String(node.id), type, name };
  const properties: [string, string][] = [
    [t('prop.type'), t(`type.${type}`)],
    [t('prop.id'), entity.id],
  ];
  const prop = (key: string, value: unknown): void => {
    const text = Array.isArray(value)
      ? value.join('、')
      : value && typeof value === 'object'
        ? nameOf(value)
        : value;
    if (text !== null && text !== undefined && text !== '') properties.push([t(`prop.${key}`), String(text)]);
  };
  const facts: Fact[] = [];
  switch (type) {
    case 'JURISDICTION':
      prop('code', node.code);
      prop('level', node.level);
      prop('parent', node.parent);
      for (const r of rows(node.adoptions))
        facts.push(fact('ADOPTED', r.agency ? nameOf(r.agency) : name, nameOf(r.reform), r));
      for (const r of rows(node.pilots)) facts.push(fact('PILOTED', name, nameOf(r.reform), r));
      for (const r of rows(node.firsts)) facts.push(fact('FIRST', name, nameOf(r.reform), r));
      for (const r of rows(node.learnedFrom)) facts.push(fact('LEARNED_FROM', name, nameOf(r.teacher), r));
      break;
    case 'REFORM':
      prop('aliases', node.aliases);
      for (const r of rows(node.adoptions)) facts.push(fact('ADOPTED', nameOf(r.jurisdiction), name, r));
      for (const r of rows(node.pilots)) facts.push(fact('PILOTED', nameOf(r.jurisdiction), name, r));
      for (const r of rows(node.promotions)) facts.push(fact('PROMOTED_TO', nameOf(r.scope), name, r));
      for (const r of rows(node.firsts)) facts.push(fact('FIRST', nameOf(r.jurisdiction), name, r));
      break;
    case 'AGENCY':
      prop('aliases', node.aliases);
      prop('jurisdiction', node.agencyPlace);
      break;
    case 'REGULATION':
      prop('kind', node.kind);
      prop('effectiveOn', node.effectiveOn);
      prop('jurisdiction', node.regulationPlace);
      for (const r of rows(node.citations)) {
        const report = r.report as Named & { year?: number };
        facts.push({ ...fact('CITES', nameOf(report), name, r), year: report?.year ?? null });
      }
      break;
    case 'REPORT':
      prop('year', node.year);
      prop('publishedOn', node.publishedOn);
      prop('docNumber', node.docNumber);
      prop('author', node.author);
      prop('jurisdiction', node.jurisdiction);
      if (typeof node.genre === 'string') prop('genre', t(`genre.${node.genre}`));
      // 年份 ← 回顾标题: which cue of the text (or which given value) decided each field.
      prop(
        'cues',
        rows(node.cues).map((c) => `${t(`prop.${String(c.field)}`)} ← ${t(`cue.${String(c.cue)}`)}`),
      );
      for (const r of rows(node.adoptions))
        facts.push(fact('ADOPTED', nameOf(r.jurisdiction), nameOf(r.reform), r));
      break;
  }
  // Earliest first: the panel reads as a history.
  facts.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  return { entity, properties, facts };
}
