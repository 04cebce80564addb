// Query cost, checked before execution: every field costs 1 plus its children, a list multiplies its
// children by its `limit` argument (capped as the resolver caps it) or, without one, by an assumed
// fan-out. Depth is limited separately (depth.ts).
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { getNullableType, isListType, Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import { tooComplex } from './errors.ts';
import { LIMITS } from './limits.ts';

export const MAX_COMPLEXITY = 20_000;
export const MAX_DEPTH = 10;
/** Assumed size of a list without a `limit` argument (adoptions of a reform, evidence of a fact…). */
const FANOUT = 5;
/** Fields that run several statements per parent. */
const EXTRA: Record<string, number> = { diffusion: 20, compare: 10, neighborhood: 10, path: 10, search: 5 };

function estimate({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const own = 1 + (EXTRA[field.name] ?? 0);
  const isList = isListType(getNullableType(field.type));
  const size = typeof args.limit === 'number' ? args.limit : typeof args.first === 'number' ? args.first : null;
  const limit = size !== null ? Math.max(0, Math.min(size, LIMITS.neighborhoodNodes)) : null;
  if (isList) return own + childComplexity * (limit ?? FANOUT);
  // A slice (neighborhood) is one object holding up to `limit` nodes: charge per 50 nodes.
  if (limit !== null) return own + childComplexity * Math.max(1, Math.ceil(limit / 50));
  return own + childComplexity;
}

/** The cost of the costliest operation in the document (the one run is not known here). */
export function complexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): number {
  let max = 0;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const query: DocumentNode = {
      ...document,
      definitions: document.definitions.filter((d) => d === def || d.kind === Kind.FRAGMENT_DEFINITION),
    };
    max = Math.max(max, getComplexity({ schema, query, variables, estimators: [estimate] }));
  }
  return max;
}

/** mercurius preExecution hook rejecting documents above MAX_COMPLEXITY with QUERY_TOO_COMPLEX. */
export async function complexityHook(
  schema: GraphQLSchema,
  document: DocumentNode,
  _context: unknown,
  variables?: Record<string, unknown>,
): Promise<void> {
  let cost: number;
  try {
    cost = complexityOf(schema, document, variables ?? {});
  } catch {
    // Missing or mistyped variables: execution reports them with their proper message.
    return;
  }
  if (cost > MAX_COMPLEXITY) throw tooComplex(cost, MAX_COMPLEXITY);
}
