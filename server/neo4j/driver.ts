// The one way a Neo4j driver is made: credentials when there is a password, fast failure while Neo4j
// is away (healthz and requests answer instead of hanging), and driver warnings into our log.
import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';

export interface Neo4jTarget {
  uri: string;
  user: string;
  /** Unset: no authentication (a NEO4J_URI database with auth off). The embedded one always has one. */
  password: string | undefined;
}

export type DriverLog = (level: 'warn' | 'error', message: string) => void;

// neo4j-driver's typings omit auth.none(); this is the token it builds.
const NO_AUTH = { scheme: 'none', credentials: '' } satisfies AuthToken;

export function createDriver(target: Neo4jTarget, log?: DriverLog): Driver {
  const auth = target.password !== undefined ? neo4j.auth.basic(target.user, target.password) : NO_AUTH;
  return neo4j.driver(target.uri, auth, {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    userAgent: 'reformgraph',
    ...(log && {
      logging: {
        level: 'warn' as const,
        logger: (level: string, message: string) => log(level === 'error' ? 'error' : 'warn', message),
      },
    }),
  });
}
