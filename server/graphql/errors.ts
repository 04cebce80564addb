// Every error a client sees carries `extensions.code`; unexpected ones are logged in full and reach
// the client as a generic message without stack or driver detail.
import { GraphQLError } from 'graphql';
import mercurius from 'mercurius';
import type { MercuriusContext } from 'mercurius';
import type { ExecutionResult } from 'graphql';

const { ErrorWithProps } = mercurius;

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'QUERY_TOO_COMPLEX'
  | 'QUERY_TOO_DEEP'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'SERVICE_UNAVAILABLE'
  | 'REPORT_UNPLACED'
  | 'INTERNAL_SERVER_ERROR';

/** Bad input: the message names the argument and the reason; `extra` adds e.g. a machine-readable reason. */
export function badInput(argument: string, reason: string, extra: Record<string, unknown> = {}): Error {
  return new ErrorWithProps(`${argument}: ${reason}`, { code: 'BAD_USER_INPUT', argument, ...extra }, 400);
}

/**
 * A report refused for want of a jurisdiction or a year: nothing was written but the refusal record
 * (`refusedId`, listed by refusedReports); `missing` says what to supply as ingestReport arguments.
 */
export function reportUnplaced(message: string, missing: string[], refusedId: string): Error {
  return new ErrorWithProps(message, { code: 'REPORT_UNPLACED', missing, refusedId }, 400);
}

export function unauthenticated(): Error {
  return new ErrorWithProps(
    'this operation needs `Authorization: Bearer <API_TOKEN>` (missing or wrong token)',
    { code: 'UNAUTHENTICATED' },
    401,
  );
}

export function tooComplex(complexity: number, max: number): Error {
  return new ErrorWithProps(
    `query complexity ${complexity} exceeds the limit of ${max}: ask for fewer items (lower limit arguments) or fewer nested lists`,
    { code: 'QUERY_TOO_COMPLEX', complexity, maximumComplexity: max },
    400,
  );
}

// Neo4j driver codes meaning "the database is away", as opposed to a bug.
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

interface WithCode {
  code?: unknown;
  extensions?: Record<string, unknown>;
  errors?: unknown[];
  message?: string;
}

function classify(error: GraphQLError, log: (err: unknown) => void): GraphQLError {
  const original = error.originalError as (Error & WithCode) | undefined;
  const code = original?.extensions?.code ?? error.extensions?.code;
  if (typeof code === 'string') {
    return new GraphQLError(error.message, {
      path: error.path,
      extensions: { ...(original?.extensions ?? {}), ...(error.extensions ?? {}), code },
    });
  }
  if ((!original || original instanceof GraphQLError) && !error.path) {
    // graphql-js parse/validation/variable errors: about the query, safe to show.
    const parse = error.message.startsWith('Syntax Error');
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { code: parse ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED' },
    });
  }
  // An execution error without a cause (e.g. an abstract type left unresolved) is our bug too.
  log(original ?? error);
  const driverCode = (original as WithCode | undefined)?.code;
  if (typeof driverCode === 'string' && UNAVAILABLE.has(driverCode)) {
    return new GraphQLError('the database is unavailable; try again shortly', {
      path: error.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  return new GraphQLError('Internal server error', {
    path: error.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  const out: GraphQLError[] = [];
  for (const error of errors) {
    const inner = (error.originalError as WithCode | undefined)?.errors;
    // mercurius wraps validation and depth errors in one MER_ERR_GQL_VALIDATION carrying them all.
    if (Array.isArray(inner)) {
      for (const e of inner) {
        out.push(
          e instanceof GraphQLError
            ? e
            : new GraphQLError((e as Error).message, { originalError: e as Error }),
        );
      }
    } else {
      out.push(error);
    }
  }
  return out;
}

/** mercurius errorFormatter: codes on every error, generic text for the unexpected. */
export function errorFormatter(
  execution: ExecutionResult & { statusCode?: number },
  ctx: MercuriusContext,
): { statusCode: number; response: ExecutionResult } {
  const base = mercurius.defaultErrorFormatter(
    execution as Parameters<typeof mercurius.defaultErrorFormatter>[0],
    ctx,
  );
  const log = (err: unknown) =>
    (ctx.reply ? ctx.reply.log : ctx.app.log).error({ err }, 'graphql resolver failed');
  const errors = flatten(execution.errors ?? []).map((e) => classify(e, log));
  return { statusCode: base.statusCode, response: { data: base.response.data, errors } };
}
