// Starts the embedded Neo4j (neo4j-launcher) as a child JVM and hands back its Bolt URI. The JVM
// prints one `READY bolt://…` or `ERROR …` line on stdout; everything else it says goes to the log
// file. Its stdin stays a pipe to us: if this process dies, the pipe closes and the JVM exits too.
// Authentication is always on: the launcher sets the password kept in <data dir>/password.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { javaBin, LAUNCHER_CLASSPATH, LAUNCHER_DIR, LAUNCHER_MAIN } from './build-launcher.ts';
import { ensurePassword, NEO4J_USER, passwordFile } from './password.ts';

export interface EmbeddedOptions {
  /** Neo4j home: store under data/, Neo4j's own logs under logs/. */
  dataDir: string;
  /** 0 = any free port. */
  boltPort: number;
  /** JVM heap, e.g. 512m. */
  heap: string;
  /** Neo4j page cache, e.g. 256m. */
  pageCache: string;
  /** Where the JVM's stdout/stderr go (appended). */
  logFile: string;
  /** How long to wait for READY; default 180 s (a cold start creates the store). */
  startTimeoutMs?: number;
  /**
   * JIT with C1 only (-XX:TieredStopAtLevel=1), for short-lived loading JVMs (ingest, seed, the
   * ingest benchmark). Neo4j is a large code base: with the default tiered JIT on two cores, C2 was
   * still compiling ~40% of the JVM's CPU a minute into a load, and a 3,000-report load spent
   * ~15% less Neo4j CPU per report with C1 only. Long-running servers keep the default.
   */
  quickJit?: boolean;
  /** Extra Neo4j settings by name (e.g. benchmarks trying one), applied over the launcher's defaults. */
  settings?: Record<string, string>;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  dataDir: string;
  /** Bolt credentials (user neo4j, the password kept in <data dir>/password). */
  user: string;
  password: string;
  /** Settles when the JVM has exited, for whatever reason (stop(), a crash, kill -9). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, wait for the JVM to checkpoint and exit; SIGKILL after a timeout. Idempotent. */
  stop(timeoutMs?: number): Promise<void>;
}

// Neo4j's own start script passes these; Netty and the page cache need them on Java 17.
export const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
];

const MEMORY = /^\d+[kmg]$/i;

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function logTail(dataDir: string, output: string): string {
  const debugLog = join(dataDir, 'logs', 'debug.log');
  const debug = existsSync(debugLog) ? tail(readFileSync(debugLog, 'utf8'), 15) : '';
  return [
    output.trim() && `--- launcher output (last lines) ---\n${tail(output, 20)}`,
    debug && `--- ${debugLog} (last lines) ---\n${debug}`,
  ]
    .filter(Boolean)
    .join('\n');
}

export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  for (const key of ['heap', 'pageCache'] as const) {
    if (!MEMORY.test(options[key])) {
      throw new Error(`embedded Neo4j ${key} must look like 512m or 1g, got "${options[key]}"`);
    }
  }
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const password = ensurePassword(dataDir);
  mkdirSync(dirname(resolve(options.logFile)), { recursive: true });
  let fd: number;
  try {
    fd = openSync(options.logFile, 'a');
  } catch (err) {
    throw new Error(`cannot write the embedded Neo4j log file ${options.logFile}: ${(err as Error).message}`);
  }
  const log = createWriteStream(options.logFile, { fd });
  log.write(`\n=== ${new Date().toISOString()} starting embedded Neo4j at ${dataDir}\n`);

  const child = spawn(
    javaBin(),
    [
      `-Xmx${options.heap}`,
      `-Xms${options.heap}`,
      ...JVM_FLAGS,
      ...(options.quickJit ? ['-XX:TieredStopAtLevel=1'] : []),
      '-cp',
      LAUNCHER_CLASSPATH,
      LAUNCHER_MAIN,
      `--data-dir=${dataDir}`,
      `--bolt-port=${options.boltPort}`,
      `--page-cache=${options.pageCache}`,
      `--password-file=${passwordFile(dataDir)}`,
      ...Object.entries(options.settings ?? {}).map(([name, value]) => `--conf:${name}=${value}`),
    ],
    { cwd: LAUNCHER_DIR, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // Keep our end of the pipe quiet: a write error after the JVM exits must not crash the server.
  child.stdin.on('error', () => {});

  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => {
    // 'close', not 'exit': output can still arrive after exit and must not hit an ended log stream.
    child.on('close', (code, signal) => {
      log.end(`=== embedded Neo4j exited (${signal ?? `code ${code}`})\n`);
      res({ code, signal });
    });
  });

  const timeoutMs = options.startTimeoutMs ?? 180_000;
  const uri = await new Promise<string>((res, rej) => {
    let pending = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(
        new Error(
          `embedded Neo4j did not report READY within ${timeoutMs / 1000} s ` +
            `(data ${dataDir}, log ${options.logFile})\n${logTail(dataDir, output)}`,
        ),
      );
    }, timeoutMs);
    const onText = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      log.write(text);
    };
    child.stderr.on('data', onText);
    child.stdout.on('data', (chunk: Buffer) => {
      onText(chunk);
      pending += chunk.toString();
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl).trim();
        pending = pending.slice(nl + 1);
        if (line.startsWith('READY ')) {
          clearTimeout(timer);
          res(line.slice('READY '.length));
        } else if (line.startsWith('ERROR ')) {
          clearTimeout(timer);
          rej(new Error(`embedded Neo4j: ${line.slice('ERROR '.length)}`));
        }
      }
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      rej(
        new Error(
          `could not run java for the embedded Neo4j: ${err.message} ` +
            '(install Java 17+, e.g. apt-get install openjdk-17-jdk-headless, or set NEO4J_URI)',
        ),
      );
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      rej(new Error(`embedded Neo4j exited (${signal ?? `code ${code}`}) before it was ready\n${logTail(dataDir, output)}`));
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? -1,
    dataDir,
    user: NEO4J_USER,
    password,
    exited,
    stop(timeoutMs = 60_000) {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
