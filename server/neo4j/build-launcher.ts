// Builds neo4j-launcher/ with Maven when its output is missing or older than its sources, so
// `npm start` on a fresh clone needs no separate build step. `npm run launcher:build` runs it alone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromRoot } from '../paths.ts';

export const LAUNCHER_DIR = `${fromRoot('neo4j-launcher')}/`;
const CLASSES = join(LAUNCHER_DIR, 'target', 'classes');
const LIB = join(LAUNCHER_DIR, 'target', 'lib');
const MAIN_CLASS_FILE = join(CLASSES, 'reformgraph', 'Launcher.class');

/** `-cp` value for java; the `*` is expanded by java itself, not by a shell. */
export const LAUNCHER_CLASSPATH = `${CLASSES}:${join(LIB, '*')}`;
export const LAUNCHER_MAIN = 'reformgraph.Launcher';

/** The Neo4j version pinned in the pom, for status lines. */
export function neo4jVersion(): string {
  const pom = readFileSync(join(LAUNCHER_DIR, 'pom.xml'), 'utf8');
  return /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1] ?? 'unknown';
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path));
    else if (entry.name.endsWith('.java')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Why a build is needed, or null when target/ is complete and newer than pom.xml and every .java. */
export function launcherStaleReason(): string | null {
  if (!existsSync(MAIN_CLASS_FILE)) return 'launcher classes missing';
  if (!existsSync(LIB) || !readdirSync(LIB).some((f) => f.startsWith('neo4j-kernel-'))) {
    return 'Neo4j libraries missing';
  }
  const built = statSync(MAIN_CLASS_FILE).mtimeMs;
  const sources = Math.max(
    statSync(join(LAUNCHER_DIR, 'pom.xml')).mtimeMs,
    newestSourceMtime(join(LAUNCHER_DIR, 'src')),
  );
  return sources > built ? 'sources changed since the last build' : null;
}

/** The java to run: $JAVA_HOME/bin/java when JAVA_HOME is set (as Maven does), else java on PATH. */
export function javaBin(): string {
  const home = process.env.JAVA_HOME;
  return home ? join(home, 'bin', 'java') : 'java';
}

/** Throws a message naming what to install when java (17+) is not usable. */
export function checkJava(log: (line: string) => void = console.log): void {
  const res = spawnSync(javaBin(), ['-version'], { encoding: 'utf8' });
  if (res.error) {
    throw new Error(
      'java not found: the embedded Neo4j needs Java 17 or newer ' +
        '(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use your own Neo4j',
    );
  }
  const text = `${res.stderr}${res.stdout}`;
  const major = Number(/version "(\d+)(?:\.(\d+))?/.exec(text)?.[1] ?? NaN);
  if (Number.isFinite(major) && major < 17) {
    throw new Error(`java ${major} found, but the embedded Neo4j 5.26 needs Java 17 or 21`);
  }
  if (major > 21) {
    log(`warning: java ${major} is newer than Neo4j 5.26 supports (17, 21); set JAVA_HOME to a JDK 17 or 21`);
  }
}

function checkMaven(): void {
  const res = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (res.error) {
    throw new Error(
      'mvn not found: building the embedded Neo4j launcher needs Maven 3.6+ ' +
        '(Debian/Ubuntu: apt-get install maven), or set NEO4J_URI to use your own Neo4j',
    );
  }
}

/** Builds the launcher if needed; resolves true when a build ran. Logs one status line per step. */
export async function ensureLauncher(log: (line: string) => void = console.log): Promise<boolean> {
  checkJava(log);
  const reason = launcherStaleReason();
  if (reason === null) return false;
  checkMaven();
  log(`neo4j launcher: building with Maven (${reason}; the first build downloads ~150 MB)…`);
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('mvn', ['-B', '-q', '-DskipTests', 'package'], {
      cwd: LAUNCHER_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    const tail = output.join('').trim().split('\n').slice(-30).join('\n');
    throw new Error(`Maven build of neo4j-launcher failed (exit ${code}):\n${tail}`);
  }
  // Maven skips an up-to-date compile, so a touched pom would otherwise look stale forever.
  const now = new Date();
  utimesSync(MAIN_CLASS_FILE, now, now);
  log(`neo4j launcher: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureLauncher()
    .then((built) => {
      if (!built) console.log(`neo4j launcher: up to date (Neo4j ${neo4jVersion()})`);
    })
    .catch((err: Error) => {
      console.error(`error: ${err.message}`);
      process.exit(1);
    });
}
