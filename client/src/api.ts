// The client's only door to the server: typed GraphQL operations over fetch.
import type { Comparison, Diffusion, EntityRef, EntityType, GraphSlice, ReportText, Stats } from './types.ts';

export class ApiError extends Error {
  /** 'down': no answer or a non-GraphQL HTTP failure; 'graphql': the server answered with errors. */
  constructor(
    message: string,
    readonly kind: 'down' | 'graphql',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let endpoint = '/graphql';

export function setEndpoint(url: string): void {
  endpoint = url;
}

// The API token (API_TOKEN on the server) for writes: typed once in the upload dialog, kept in this
// browser only, sent as `Authorization: Bearer` with every request once set.
const TOKEN_KEY = 'reformgraph.apiToken';
let token: string | null = null;
try {
  token = globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
} catch {
  token = null;
}

export function apiToken(): string | null {
  return token;
}

export function setApiToken(value: string | null): void {
  token = value?.trim() || null;
  try {
    if (token) globalThis.localStorage?.setItem(TOKEN_KEY, token);
    else globalThis.localStorage?.removeItem(TOKEN_KEY);
  } catch {
    // Private windows may refuse storage: the token still holds for this page.
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError(err instanceof Error ? err.message : String(err), 'down');
  }
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${res.status} ${res.statusText}`, 'down');
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '), 'graphql');
  if (!res.ok || body.data === undefined) throw new ApiError(`HTTP ${res.status}`, 'down');
  return body.data;
}

const EVIDENCE = `fragment Ev on Evidence { quote start end passage heading report { id name year } }`;
const PLACE = `fragment Place on Jurisdiction { id name code level parent { id name code level parent { id name code level } } }`;
const SLICE = `fragment Slice on GraphSlice {
  nodes { id type label year data }
  edges { id source target type year evidence { ...Ev } }
}`;

export async function fetchStats(): Promise<Stats> {
  const data = await gql<{ stats: Stats }>(`query Stats { stats { reports firstYear lastYear } }`);
  return data.stats;
}

export async function autocomplete(prefix: string, types?: EntityType[], limit = 10): Promise<EntityRef[]> {
  const data = await gql<{ autocomplete: EntityRef[] }>(
    `query Auto($prefix: String!, $types: [EntityType!], $limit: Int) {
      autocomplete(prefix: $prefix, types: $types, limit: $limit) { id type name }
    }`,
    { prefix, types: types ?? null, limit },
  );
  return data.autocomplete;
}

export async function search(text: string, types?: EntityType[], limit = 20): Promise<EntityRef[]> {
  const data = await gql<{ search: EntityRef[] }>(
    `query Search($text: String!, $types: [EntityType!], $limit: Int) {
      search(text: $text, types: $types, limit: $limit) { id type name }
    }`,
    { text, types: types ?? null, limit },
  );
  return data.search;
}

export async function neighborhood(id: string, limit = 60, depth = 1): Promise<GraphSlice> {
  const data = await gql<{ neighborhood: GraphSlice }>(
    `query Hood($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { ...Slice } }
    ${SLICE} ${EVIDENCE}`,
    { id, depth, limit },
  );
  return data.neighborhood;
}

export async function shortestPath(from: string, to: string, maxLength = 6): Promise<GraphSlice | null> {
  const data = await gql<{ path: GraphSlice | null }>(
    `query Path($from: ID!, $to: ID!, $max: Int) { path(from: $from, to: $to, maxLength: $max) { ...Slice } }
    ${SLICE} ${EVIDENCE}`,
    { from, to, max: maxLength },
  );
  return data.path;
}

/**
 * Everything the evidence panel shows for one entity; the shape depends on its type.
 * `jurisdiction` is nullable on Agency/Regulation but not on Report, so GraphQL makes the
 * first two go by aliases (same-named fields in one selection must agree on type).
 */
export async function entityDetails(id: string): Promise<Record<string, unknown> | null> {
  const data = await gql<{ node: Record<string, unknown> | null }>(
    `query Node($id: ID!) {
      node(id: $id) {
        id type name
        ... on Jurisdiction {
          code level fullName parent { id name }
          adoptions { year reform { id name } agency { id name } evidence { ...Ev } }
          pilots { year reform { id name } evidence { ...Ev } }
          learnedFrom { year teacher { id name } evidence { ...Ev } }
          firsts { year reform { id name } scope { id name } evidence { ...Ev } }
        }
        ... on Reform {
          aliases
          adoptions { year jurisdiction { id name } agency { id name } evidence { ...Ev } }
          pilots { year jurisdiction { id name } evidence { ...Ev } }
          promotions { year scope { id name } from { id name } evidence { ...Ev } }
          firsts { year jurisdiction { id name } scope { id name } evidence { ...Ev } }
        }
        ... on Agency { aliases agencyPlace: jurisdiction { id name } }
        ... on Regulation {
          kind effectiveOn regulationPlace: jurisdiction { id name }
          citations { report { id name year } evidence { ...Ev } }
        }
        ... on Report {
          year publishedOn docNumber author { id name } jurisdiction { id name }
          genre cues { field cue }
          adoptions { year reform { id name } jurisdiction { id name } evidence { ...Ev } }
        }
      }
    }
    ${EVIDENCE}`,
    { id },
  );
  return data.node;
}

export async function diffusion(reform: string): Promise<Diffusion | null> {
  const data = await gql<{ diffusion: Diffusion | null }>(
    `query Diffusion($reform: String!) {
      diffusion(reform: $reform) {
        reform {
          id name aliases
          adoptions { year reform { id name } jurisdiction { ...Place } agency { id name } evidence { ...Ev } }
        }
        pilots { year jurisdiction { ...Place } evidence { ...Ev } }
        promotions { year from { ...Place } scope { ...Place } evidence { ...Ev } }
        firsts { year jurisdiction { ...Place } scope { ...Place } evidence { ...Ev } }
      }
    }
    ${PLACE} ${EVIDENCE}`,
    { reform },
  );
  return data.diffusion;
}

export async function compare(jurisdictions: string[]): Promise<Comparison> {
  const data = await gql<{ compare: Comparison }>(
    `query Compare($names: [String!]!) {
      compare(jurisdictions: $names) {
        jurisdictions { id name code }
        shared { reform { id name } years }
        unique { jurisdiction { id name } reforms { reform { id name } years } }
      }
    }`,
    { names: jurisdictions },
  );
  return data.compare;
}

export interface PlaceTree {
  id: string;
  name: string;
  level: string;
  children?: PlaceTree[];
}

/** A province (or any place) with two levels of children, for the spread view's hierarchy. */
export async function placeTree(name: string): Promise<PlaceTree | null> {
  const data = await gql<{ jurisdiction: PlaceTree | null }>(
    `query Tree($name: String!) {
      jurisdiction(name: $name) { id name level children { id name level children { id name level } } }
    }`,
    { name },
  );
  return data.jurisdiction;
}

export async function reportText(id: string): Promise<ReportText | null> {
  const data = await gql<{ report: ReportText | null }>(
    `query Report($id: ID!) { report(id: $id) { id name year text } }`,
    { id },
  );
  return data.report;
}
