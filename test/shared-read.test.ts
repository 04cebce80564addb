// sharedRead: concurrent callers share database reads, but never one that began before they called.
import { describe, expect, it } from 'vitest';
import { sharedRead } from '../server/graphql/shared-read.ts';

/** A read whose calls are numbered and finish only when released. */
function controlledRead() {
  const pending: { n: number; resolve: (v: number) => void; reject: (e: Error) => void }[] = [];
  let calls = 0;
  const read = () =>
    new Promise<number>((resolve, reject) => {
      calls += 1;
      pending.push({ n: calls, resolve, reject });
    });
  const release = async (error?: Error) => {
    const p = pending.shift()!;
    if (error) p.reject(error);
    else p.resolve(p.n);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { read, release, calls: () => calls };
}

describe('sharedRead', () => {
  it('answers callers who arrive during a read with the next read, shared by all of them', async () => {
    const c = controlledRead();
    const get = sharedRead(c.read);
    const first = get();
    const later = [get(), get(), get()];
    expect(c.calls()).toBe(1);
    await c.release();
    expect(await first).toBe(1);
    expect(c.calls()).toBe(2); // one read for the three that waited
    await c.release();
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
    const fresh = get();
    expect(c.calls()).toBe(3);
    await c.release();
    expect(await fresh).toBe(3);
  });

  it('gives a failed read to its callers only; the next call reads again', async () => {
    const c = controlledRead();
    const get = sharedRead(c.read);
    const failing = get();
    const waiting = get();
    await c.release(new Error('neo4j away'));
    await expect(failing).rejects.toThrow('neo4j away');
    await c.release();
    expect(await waiting).toBe(2);
    const again = get();
    await c.release();
    expect(await again).toBe(3);
  });
});
