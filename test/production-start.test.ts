// `npm start` runs the compiled server (dist/server/main.js), not TypeScript through tsx: compile it
// as `npm run build` does, start it against the run's Neo4j, and check it serves and logs as documented.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loggerOptions } from '../server/logging.ts';
import { ROOT } from '../server/paths.ts';

describe('logger options', () => {
  it('are JSON for pipes and human-readable for terminals (LOG_FORMAT=auto)', () => {
    expect(loggerOptions({ logLevel: 'info', logFormat: 'auto' }, false)).toEqual({ level: 'info' });
    const tty = loggerOptions({ logLevel: 'warn', logFormat: 'auto' }, true) as {
      level: string;
      transport: { target: string };
    };
    expect(tty.level).toBe('warn');
    expect(tty.transport.target).toBe('pino-pretty');
    expect(loggerOptions({ logLevel: 'info', logFormat: 'json' }, true)).toEqual({ level: 'info' });
    expect(loggerOptions({ logLevel: 'info', logFormat: 'pretty' }, false)).toHaveProperty('transport');
  });
});

describe('production start (compiled JavaScript)', () => {
  let child: ChildProcess | undefined;
  let output = '';
  let base = '';

  beforeAll(async () => {
    const tsc = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    expect(existsSync(join(ROOT, 'dist/server/main.js'))).toBe(true);

    child = spawn(process.execPath, ['dist/server/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: inject('neo4jUri'),
        NEO4J_PASSWORD: inject('neo4jPassword'),
        PORT: '0',
        SEED_ON_START: 'false',
        LOG_FORMAT: 'auto',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    base = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const m = /listening on (http:\/\/\S+?) —/u.exec(output);
        if (m) resolve(m[1]!);
      };
      child!.stdout!.on('data', onData);
      child!.stderr!.on('data', onData);
      child!.on('exit', (code) => reject(new Error(`server exited ${code}:\n${output}`)));
    });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('answers health and GraphQL', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { reports } }' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { stats: { reports: number } } };
    expect(typeof body.data?.stats.reports).toBe('number');
  });

  it('logs requests as JSON lines when stdout is not a terminal', async () => {
    await fetch(`${base}/healthz`);
    await new Promise((r) => setTimeout(r, 200));
    const logLines = output.split('\n').filter((l) => l.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) expect(JSON.parse(line)).toHaveProperty('level');
  });
});
