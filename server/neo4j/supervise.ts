// Keeps the embedded Neo4j of a long-running server alive: when the JVM exits without being asked
// (a crash, an OOM exit, kill -9), it is started again on the same Bolt port — so the driver's URI
// stays right — after a pause that doubles on every failed attempt (1 s … 30 s). While it is away,
// available() is false and queries fail at once instead of waiting out the driver's retries.
import { type EmbeddedNeo4j, type EmbeddedOptions, startEmbedded } from './embedded.ts';

export interface SupervisedNeo4j {
  uri: string;
  dataDir: string;
  user: string;
  password: string;
  /** False from the JVM's unexpected exit until its replacement reports READY. */
  available(): boolean;
  /** The current JVM's pid. */
  pid(): number;
  /** Stops the JVM and any restart in progress; no restart follows. Idempotent. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  log: (line: string) => void;
  /** Called with every replacement JVM once it is ready. */
  onRestart?: (embedded: EmbeddedNeo4j) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

function boltPort(uri: string): number {
  const port = Number(/:(\d+)\/?$/.exec(uri)?.[1]);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`cannot read the Bolt port from ${uri}`);
  return port;
}

export async function superviseEmbedded(
  options: EmbeddedOptions,
  opts: SuperviseOptions,
): Promise<SupervisedNeo4j> {
  const firstDelay = opts.firstDelayMs ?? 1_000;
  const maxDelay = opts.maxDelayMs ?? 30_000;
  let current = await startEmbedded(options);
  const restartOptions = { ...options, boltPort: boltPort(current.uri) };
  let up = true;
  let stopping = false;
  let restarting: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restart = async () => {
    let delay = firstDelay;
    for (let attempt = 1; !stopping; attempt += 1) {
      opts.log(`neo4j: restarting the embedded database in ${delay / 1000} s (attempt ${attempt})`);
      await sleep(delay);
      if (stopping) return;
      const started = Date.now();
      try {
        const next = await startEmbedded(restartOptions);
        if (stopping) {
          await next.stop();
          return;
        }
        current = next;
        up = true;
        opts.log(
          `neo4j: embedded database back at ${next.uri} (pid ${next.pid}, ` +
            `started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
        );
        watch(next);
        opts.onRestart?.(next);
        return;
      } catch (err) {
        opts.log(`neo4j: restart attempt ${attempt} failed: ${(err as Error).message.split('\n')[0]}`);
        delay = Math.min(delay * 2, maxDelay);
      }
    }
  };

  const watch = (embedded: EmbeddedNeo4j) => {
    void embedded.exited.then(({ code, signal }) => {
      if (stopping || embedded !== current) return;
      up = false;
      opts.log(`neo4j: the embedded database (pid ${embedded.pid}) exited unexpectedly (${signal ?? `code ${code}`})`);
      restarting = restart().finally(() => {
        restarting = undefined;
      });
    });
  };
  watch(current);

  let stopped: Promise<void> | undefined;
  return {
    uri: current.uri,
    dataDir: current.dataDir,
    user: current.user,
    password: current.password,
    available: () => up && !stopping,
    pid: () => current.pid,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        wake?.();
        await restarting;
        await current.stop();
      })();
      return stopped;
    },
  };
}
