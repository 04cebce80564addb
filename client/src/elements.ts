// Pure mapping from API payloads to Cytoscape element definitions. No DOM, no
// Cytoscape instance: the graph view adds what this returns, tests check it headless.
import type { ElementDefinition } from 'cytoscape';
import type { Diffusion, Evidence, GraphEdge, GraphNode, GraphSlice, JurisdictionRef } from './types.ts';

/** Nodes and edges share one id space in Cytoscape, so edge ids get a prefix. */
export const EDGE_PREFIX = 'e:';

export function edgeId(apiId: string): string {
  return apiId.startsWith(EDGE_PREFIX) ? apiId : EDGE_PREFIX + apiId;
}

export interface NodeData {
  id: string;
  type: string;
  kind: string;
  label: string;
  year?: number;
  [extra: string]: unknown;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  year?: number;
  evidence: Evidence[];
}

function parseExtra(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    // A malformed extra blob only loses display extras, never the node.
    return {};
  }
}

export function nodeElement(node: GraphNode): ElementDefinition {
  // Extras go first so they can never overwrite the identity fields.
  const data: NodeData = {
    ...parseExtra(node.data),
    id: node.id,
    type: node.type,
    kind: node.type.toLowerCase(),
    label: node.label,
  };
  if (typeof node.year === 'number') data.year = node.year;
  return { group: 'nodes', data, classes: node.type.toLowerCase() };
}

export function edgeElement(edge: GraphEdge): ElementDefinition {
  const data: EdgeData = {
    id: edgeId(edge.id),
    source: edge.source,
    target: edge.target,
    type: edge.type,
    evidence: edge.evidence ?? [],
  };
  if (typeof edge.year === 'number') data.year = edge.year;
  return { group: 'edges', data, classes: edge.type.toLowerCase() };
}

/**
 * A slice as elements. Duplicate ids keep the first occurrence; edges whose ends
 * are not in the slice are dropped (Cytoscape throws on a dangling edge) unless
 * `knownNodeIds` says the end is already on the canvas.
 */
export function sliceToElements(
  slice: GraphSlice,
  knownNodeIds: ReadonlySet<string> = new Set(),
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const nodeIds = new Set<string>();
  for (const node of slice.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    out.push(nodeElement(node));
  }
  const edgeIds = new Set<string>();
  for (const edge of slice.edges) {
    const id = edgeId(edge.id);
    if (edgeIds.has(id) || nodeIds.has(id)) continue;
    const hasEnds = [edge.source, edge.target].every((end) => nodeIds.has(end) || knownNodeIds.has(end));
    if (!hasEnds) continue;
    edgeIds.add(id);
    out.push(edgeElement(edge));
  }
  return out;
}

/** Only the elements whose id is not present yet (for merging an expansion into the canvas). */
export function newElements(
  elements: ElementDefinition[],
  present: ReadonlySet<string>,
): ElementDefinition[] {
  return elements.filter((el) => !present.has(String(el.data.id)));
}

function jurisdictionNode(j: JurisdictionRef, year: number | null | undefined): GraphNode {
  return {
    id: j.id,
    type: 'JURISDICTION',
    label: j.name,
    year: year ?? null,
    data: JSON.stringify({ code: j.code ?? null, level: j.level ?? null }),
  };
}

/** The diffusion of one reform as a star: the reform in the middle, places around it. */
export function diffusionToSlice(d: Diffusion): GraphSlice {
  const reform = d.reform;
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  nodes.set(reform.id, { id: reform.id, type: 'REFORM', label: reform.name });
  const addPlace = (j: JurisdictionRef, year: number | null | undefined): void => {
    const known = nodes.get(j.id);
    if (!known) nodes.set(j.id, jurisdictionNode(j, year));
    else if (typeof year === 'number' && (known.year == null || year < known.year)) known.year = year;
  };
  for (const a of reform.adoptions) {
    addPlace(a.jurisdiction, a.year);
    edges.push({
      id: `ADOPTED:${a.jurisdiction.id}:${reform.id}:${a.year}`,
      source: a.jurisdiction.id,
      target: reform.id,
      type: 'ADOPTED',
      year: a.year,
      evidence: a.evidence,
    });
  }
  for (const p of d.pilots) {
    addPlace(p.jurisdiction, p.year);
    edges.push({
      id: `PILOTED:${p.jurisdiction.id}:${reform.id}:${p.year ?? ''}`,
      source: p.jurisdiction.id,
      target: reform.id,
      type: 'PILOTED',
      year: p.year ?? null,
      evidence: p.evidence,
    });
  }
  for (const p of d.promotions) {
    addPlace(p.scope, p.year);
    edges.push({
      id: `PROMOTED_TO:${reform.id}:${p.scope.id}:${p.year ?? ''}`,
      source: reform.id,
      target: p.scope.id,
      type: 'PROMOTED_TO',
      year: p.year ?? null,
      evidence: p.evidence,
    });
  }
  for (const f of d.firsts) {
    addPlace(f.jurisdiction, f.year);
    edges.push({
      id: `FIRST:${f.jurisdiction.id}:${reform.id}:${f.year ?? ''}`,
      source: f.jurisdiction.id,
      target: reform.id,
      type: 'FIRST',
      year: f.year ?? null,
      evidence: f.evidence,
    });
  }
  return { nodes: [...nodes.values()], edges };
}

export interface YearRange {
  from: number | null;
  to: number | null;
}

/** Undated elements always pass: a missing year is not evidence of being out of range. */
export function inYearRange(year: unknown, range: YearRange): boolean {
  if (typeof year !== 'number') return true;
  if (range.from != null && year < range.from) return false;
  if (range.to != null && year > range.to) return false;
  return true;
}
