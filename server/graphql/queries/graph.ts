// Graph slices for the explorer: a breadth-first neighbourhood (one statement per depth step, so a
// hub cannot blow up a single query, then one for the edges among the nodes kept) and the shortest
// path between two entities. Edge ids are `e:<type>:<src>-><dst>:<n>`: node ids and edge ids share
// Cytoscape's id space, and parallel facts (one per report) need the counter.
import type { Db, Row } from '../../db/run-cypher.ts';
import { badInput } from '../errors.ts';
import { int } from '../limits.ts';
import { entitiesByIds } from '../loaders.ts';
import { evidenceOf, LABEL_OF, toEntity, type Entity, type EntityType, type Evidence } from '../rows.ts';

export interface GraphNode {
  id: string;
  type: EntityType;
  label: string;
  year: number | null;
  data: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  year: number | null;
  evidence: Evidence[];
}

export interface GraphSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Edges kept per slice node: a 500-node slice of reports can hold tens of thousands of mentions. */
export const EDGES_PER_NODE = 4;

// Shown in the side panel; the rest (text, aliasText, keys) is noise or too big.
const DATA_PROPS = [
  'code',
  'level',
  'fullName',
  'kind',
  'effectiveOn',
  'aliases',
  'year',
  'publishedOn',
  'docNumber',
  'file',
  'title',
];

function edgeRows(rows: { type: string; src: string; dst: string; props: Row }[]): GraphEdge[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const base = `e:${r.type}:${r.src}->${r.dst}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const year = typeof r.props.year === 'number' ? r.props.year : null;
    return {
      id: `${base}:${n}`,
      source: r.src,
      target: r.dst,
      type: r.type,
      year,
      evidence: evidenceOf(r.props),
    };
  });
}

function slice(entities: Entity[], edges: GraphEdge[], truncated = false): GraphSlice {
  // A node's year: a report's own; otherwise the earliest fact year among its edges in the slice.
  const earliest = new Map<string, number>();
  for (const e of edges) {
    if (e.year === null) continue;
    for (const id of [e.source, e.target]) {
      const y = earliest.get(id);
      if (y === undefined || e.year < y) earliest.set(id, e.year);
    }
  }
  const nodes = entities.map((e) => {
    const data: Row = {};
    for (const k of DATA_PROPS) if (e[k] !== undefined && e[k] !== null) data[k] = e[k];
    const own = e.type === 'REPORT' && typeof e.year === 'number' ? e.year : null;
    return {
      id: e.id,
      type: e.type,
      label: e.name,
      year: own ?? earliest.get(e.id) ?? null,
      data: JSON.stringify(data),
    };
  });
  return { nodes, edges, truncated };
}

async function startNode(db: Db, argument: string, id: string): Promise<{ eid: string; entity: Entity }> {
  const rows = await db.read('node-by-id', { id });
  const entity = rows.length ? toEntity(rows[0]!.node) : null;
  if (!entity) throw badInput(argument, `no entity with id "${id}"`);
  return { eid: String(rows[0]!.eid), entity };
}

export async function neighborhood(
  db: Db,
  id: string,
  depth: number,
  types: EntityType[] | null | undefined,
  limit: number,
): Promise<GraphSlice> {
  const start = await startNode(db, 'id', id);
  const labels = types && types.length ? types.map((t) => LABEL_OF[t]) : null;
  const kept = new Map<string, Entity>([[start.eid, start.entity]]);
  let frontier = [start.eid];
  for (let d = 0; d < depth && frontier.length > 0 && kept.size < limit; d++) {
    const rows = await db.read('neighborhood-step', {
      frontier,
      seen: [...kept.keys()],
      labels,
      limit: int(limit - kept.size),
    });
    frontier = [];
    for (const row of rows) {
      const e = toEntity(row.node);
      if (!e) continue;
      kept.set(String(row.eid), e);
      frontier.push(String(row.eid));
    }
  }
  const edgeLimit = EDGES_PER_NODE * limit;
  const edges = await db.read<{ type: string; src: string; dst: string; props: Row }>('edges-among', {
    eids: [...kept.keys()],
    limit: int(edgeLimit),
  });
  return slice([...kept.values()], edgeRows(edges), kept.size >= limit || edges.length >= edgeLimit);
}

export async function path(db: Db, from: string, to: string, maxLength: number): Promise<GraphSlice | null> {
  const [a, b] = await Promise.all([startNode(db, 'from', from), startNode(db, 'to', to)]);
  if (a.eid === b.eid) return slice([a.entity], []);
  const rows = await db.read<{
    nodes: unknown[];
    rels: { type: string; src: string; dst: string; props: Row }[];
  }>('shortest-path', { from: a.eid, to: b.eid });
  if (rows.length === 0 || rows[0]!.rels.length > maxLength) return null;
  const entities = rows[0]!.nodes.map(toEntity).filter((e): e is Entity => e !== null);
  return slice(entities, await placedEvidence(db, edgeRows(rows[0]!.rels)));
}

/**
 * Drops evidence from reports the API does not answer (an older loader's unplaced ones), so
 * Evidence.report is never null. Only for paths (≤ 8 edges): neighbourhoods filter in edges-among,
 * and shortestPath cannot take that filter without giving up its breadth-first search.
 */
async function placedEvidence(db: Db, edges: GraphEdge[]): Promise<GraphEdge[]> {
  const ids = edges.flatMap((e) => e.evidence.map((v) => v.reportId));
  if (ids.length === 0) return edges;
  const placed = await entitiesByIds(db, ids);
  return edges.map((e) => ({ ...e, evidence: e.evidence.filter((v) => placed.has(v.reportId)) }));
}
