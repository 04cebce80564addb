// The one place the environment is read. Every variable is validated here, once, and a wrong value
// stops the start with a message naming the variable, the rule and what was given.
import { z } from 'zod';
import { MAX_INPUT_BYTES } from './extract/decode.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
// auto: human-readable lines when stdout is a terminal, JSON (for log collectors) otherwise.
const LOG_FORMATS = ['auto', 'pretty', 'json'] as const;
const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

const port = (what: string) =>
  z
    .string()
    .regex(/^\d{1,5}$/, { error: `must be an integer 0-65535${what}` })
    .transform(Number)
    .refine((n) => n <= 65535, { error: `must be an integer 0-65535${what}` });

const bool = z
  .string()
  .refine((v) => TRUE.includes(v.toLowerCase()) || FALSE.includes(v.toLowerCase()), {
    error: 'must be true or false (also 1/0, yes/no, on/off)',
  })
  .transform((v) => TRUE.includes(v.toLowerCase()));

const memory = z.string().regex(/^\d+[kmg]$/i, { error: 'must be a size like 512m or 1g' });

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port('').default(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, {
      error: 'must be a Neo4j URI like bolt://host:7687, neo4j://host or neo4j+s://xxxx.databases.neo4j.io',
    })
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_DATA_DIR: z.string().min(1).default('./data/neo4j'),
  NEO4J_BOLT_PORT: port(' (0 = any free port)').default(0),
  NEO4J_HEAP: memory.default('512m'),
  NEO4J_PAGECACHE: memory.default('256m'),
  API_TOKEN: z.string().min(8, { error: 'must be at least 8 characters' }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  LOG_FORMAT: z.enum(LOG_FORMATS, { error: `must be one of ${LOG_FORMATS.join(', ')}` }).default('auto'),
  NODE_ENV: z.string().optional(),
  GRAPHIQL: bool.optional(),
  SEED_ON_START: bool.default(true),
  MAX_BODY_BYTES: z
    .string()
    .regex(/^[1-9]\d*$/, { error: 'must be a positive integer (bytes)' })
    .transform(Number)
    .default(5 * 1024 * 1024),
  UPLOAD_MAX_FILE_BYTES: z
    .string()
    .regex(/^[1-9]\d*$/, { error: 'must be a positive integer (bytes)' })
    .transform(Number)
    .refine((n) => n <= MAX_INPUT_BYTES, { error: `must be at most ${MAX_INPUT_BYTES} (the reader's limit)` })
    .default(MAX_INPUT_BYTES),
  UPLOAD_MAX_FILES: z
    .string()
    .regex(/^[1-9]\d{0,3}$/, { error: 'must be a whole number 1-9999' })
    .transform(Number)
    .default(100),
  RATE_LIMIT_PER_MINUTE: z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number of requests per minute (0 turns the limit off)' })
    .transform(Number)
    .default(600),
  RATE_LIMIT_WRITES_PER_MINUTE: z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number of requests per minute (0 turns the limit off)' })
    .transform(Number)
    .default(30),
  RATE_LIMIT_EXPENSIVE_PER_MINUTE: z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number of requests per minute (0 turns the limit off)' })
    .transform(Number)
    .default(120),
  SECURITY_HEADERS: bool.default(true),
  CORS_ORIGINS: z
    .string()
    .regex(/^(\*|https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*)$/, {
      error: 'must be * or a comma-separated list of origins like https://example.org,http://localhost:5173',
    })
    .optional(),
  ANSWER_CACHE_MB: z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number of megabytes (0 turns the answer cache off)' })
    .transform(Number)
    .default(64),
});

export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface Config {
  host: string;
  port: number;
  /** Set: use this Neo4j and start nothing. Unset: start the embedded database. */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string | undefined;
  neo4jDatabase: string | undefined;
  neo4jDataDir: string;
  neo4jBoltPort: number;
  neo4jHeap: string;
  neo4jPageCache: string;
  /** When set, write operations require `Authorization: Bearer <token>`. */
  apiToken: string | undefined;
  logLevel: LogLevel;
  logFormat: LogFormat;
  graphiql: boolean;
  seedOnStart: boolean;
  maxBodyBytes: number;
  /** Memory for whole answers of read-only queries, valid until the corpus version changes; 0 = off. */
  answerCacheBytes: number;
  /** POST /api/reports: the largest file accepted, and the most files in one request. */
  uploadMaxFileBytes: number;
  uploadMaxFiles: number;
  production: boolean;
  /** Requests to /graphql per client IP and minute (0 = no limit); stricter ones below. */
  rateLimitPerMinute: number;
  /** Mutations (ingestReport, deleteReport…) per client IP and minute (0 = no limit). */
  rateLimitWritesPerMinute: number;
  /** Expensive reads (neighborhood, path, diffusion, compare) per client IP and minute (0 = no limit). */
  rateLimitExpensivePerMinute: number;
  /** Helmet's security headers with a CSP that the explorer and GraphiQL live within. */
  securityHeaders: boolean;
  /** Origins allowed to call the API from a browser: none (same origin only), a list, or '*'. */
  corsOrigins: string[] | '*' | undefined;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`PORT=`) means "not set", as in most shells' .env habits.
  const raw: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return `${name} ${issue.message}, got "${raw[name] ?? ''}"`;
    });
    throw new Error(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (!isLoopback(e.HOST) && !e.API_TOKEN) {
    throw new Error(
      `invalid configuration: HOST "${e.HOST}" is reachable from other machines but API_TOKEN is unset, ` +
        'so anyone could write to the graph; set API_TOKEN or use HOST=127.0.0.1',
    );
  }
  return {
    host: e.HOST,
    port: e.PORT,
    neo4jUri: e.NEO4J_URI,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE,
    neo4jDataDir: e.NEO4J_DATA_DIR,
    neo4jBoltPort: e.NEO4J_BOLT_PORT,
    neo4jHeap: e.NEO4J_HEAP,
    neo4jPageCache: e.NEO4J_PAGECACHE,
    apiToken: e.API_TOKEN,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    graphiql: e.GRAPHIQL ?? !production,
    seedOnStart: e.SEED_ON_START,
    maxBodyBytes: e.MAX_BODY_BYTES,
    answerCacheBytes: e.ANSWER_CACHE_MB * 1024 * 1024,
    uploadMaxFileBytes: e.UPLOAD_MAX_FILE_BYTES,
    uploadMaxFiles: e.UPLOAD_MAX_FILES,
    production,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    rateLimitWritesPerMinute: e.RATE_LIMIT_WRITES_PER_MINUTE,
    rateLimitExpensivePerMinute: e.RATE_LIMIT_EXPENSIVE_PER_MINUTE,
    securityHeaders: e.SECURITY_HEADERS,
    corsOrigins:
      e.CORS_ORIGINS === undefined ? undefined : e.CORS_ORIGINS === '*' ? '*' : e.CORS_ORIGINS.split(/\s*,\s*/),
  };
}
