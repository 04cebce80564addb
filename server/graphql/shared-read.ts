// One read serves every request waiting for it, without ever answering a request with a read that
// began before the request arrived. Under load the answer cache's version check would otherwise be
// one database round trip per request; this makes it at most two in flight, however many requests
// wait, and a version published before a request was sent is still always seen by that request.

/** Wraps `read` so concurrent callers share reads that start after they called. */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null; // began before any caller arriving now
  let waiting: Promise<T> | null = null; // begins when `running` settles; later callers join it
  const start = (): Promise<T> => {
    const p = read();
    running = p;
    void p
      .finally(() => {
        if (running === p) running = null;
      })
      .catch(() => undefined);
    return p;
  };
  return () => {
    if (running === null) return start();
    waiting ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        waiting = null;
        return start();
      });
    return waiting;
  };
}
