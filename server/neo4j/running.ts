// How `npm run ingest` finds the database of a running `npm start`: the server writes
// <data dir>/running.json (its pid, the JVM's pid, the Bolt URI) and removes it when it stops. A CLI
// that finds the file with a live pid loads through that URI instead of trying to open the locked
// store. A file left by a crashed server names a dead pid and is ignored (and replaced on next start).
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RunningDatabase {
  /** The process that owns the JVM (the server). */
  pid: number;
  /** The JVM itself; changes when the supervisor restarts it. */
  jvmPid: number;
  uri: string;
  dataDir: string;
  startedAt: string;
}

export function runningFile(dataDir: string): string {
  return join(dataDir, 'running.json');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Written atomically (temp file + rename) so a reader never sees half a file. */
export function advertise(info: RunningDatabase): void {
  const file = runningFile(info.dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}

/** Removes the file if it is still ours (a newer server may have replaced it). */
export function withdraw(dataDir: string, pid = process.pid): void {
  const found = readRunning(dataDir);
  if (found && found.pid === pid) rmSync(runningFile(dataDir), { force: true });
}

/** The file as written, whether or not its process still runs. */
export function readRunning(dataDir: string): RunningDatabase | null {
  const file = runningFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunningDatabase>;
    if (typeof info.pid !== 'number' || typeof info.uri !== 'string') return null;
    return info as RunningDatabase;
  } catch {
    return null;
  }
}

/** The running server's database on this data dir, or null when none is running. */
export function findRunning(dataDir: string): RunningDatabase | null {
  const info = readRunning(dataDir);
  if (!info || info.pid === process.pid || !alive(info.pid)) return null;
  return info;
}
