import { describe, expect, it } from 'vitest';
import { createRequestLimiter } from './request-limiter.ts';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createRequestLimiter', () => {
  it('never runs more than the limit at once, and runs everything eventually', async () => {
    const limit = createRequestLimiter(2);
    let running = 0;
    let peak = 0;
    const gates = Array.from({ length: 5 }, deferred);
    const results = gates.map((gate, i) =>
      limit(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await gate.promise;
        running -= 1;
        return i;
      }),
    );
    for (const gate of gates) {
      await Promise.resolve();
      gate.resolve();
    }
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  it('drops a waiting task whose signal aborts, without running it', async () => {
    const limit = createRequestLimiter(1);
    const gate = deferred();
    const first = limit(() => gate.promise);
    const controller = new AbortController();
    let ran = false;
    const second = limit(async () => {
      ran = true;
    }, controller.signal);
    controller.abort();
    await expect(second).rejects.toBeDefined();
    gate.resolve();
    await first;
    expect(ran).toBe(false);
  });
});
