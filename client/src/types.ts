// Shapes of the GraphQL payloads the client reads. Written by hand against
// server/graphql/schema.graphql; only the fields the views ask for.

export const ENTITY_TYPES = ['REPORT', 'AGENCY', 'JURISDICTION', 'REGULATION', 'REFORM'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}

export interface ReportRef {
  id: string;
  name: string;
  year: number;
}

export interface Evidence {
  quote: string;
  start: number;
  end: number;
  passage?: number | null;
  heading?: string | null;
  report: ReportRef;
}

export interface GraphNode {
  id: string;
  type: EntityType;
  label: string;
  year?: number | null;
  data?: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  year?: number | null;
  evidence?: Evidence[];
}

export interface GraphSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface JurisdictionRef {
  id: string;
  name: string;
  code?: string | null;
  level?: string;
  parent?: JurisdictionRef | null;
}

export interface Adoption {
  reform: { id: string; name: string };
  jurisdiction: JurisdictionRef;
  agency?: { id: string; name: string } | null;
  year: number;
  evidence: Evidence[];
}

export interface Pilot {
  jurisdiction: JurisdictionRef;
  year?: number | null;
  evidence: Evidence[];
}

export interface Promotion {
  from?: JurisdictionRef | null;
  scope: JurisdictionRef;
  year?: number | null;
  evidence: Evidence[];
}

export interface First {
  jurisdiction: JurisdictionRef;
  scope?: JurisdictionRef | null;
  year?: number | null;
  evidence: Evidence[];
}

export interface Diffusion {
  reform: { id: string; name: string; aliases: string[]; adoptions: Adoption[] };
  pilots: Pilot[];
  promotions: Promotion[];
  firsts: First[];
}

export interface ReformYears {
  reform: { id: string; name: string };
  years: number[];
}

export interface Comparison {
  jurisdictions: JurisdictionRef[];
  shared: ReformYears[];
  unique: { jurisdiction: JurisdictionRef; reforms: ReformYears[] }[];
}

export interface ReportText {
  id: string;
  name: string;
  year: number;
  text: string;
}

export interface Stats {
  reports: number;
  firstYear?: number | null;
  lastYear?: number | null;
}

/** A fact shown in the evidence panel: a labelled line and the quotes behind it. */
export interface Fact {
  label: string;
  year?: number | null;
  evidence: Evidence[];
}

export interface EntityDetails {
  entity: EntityRef;
  properties: [string, string][];
  facts: Fact[];
}
