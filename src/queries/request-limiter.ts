// Caps how many requests of one kind are in flight, so a 1,000-server fleet cannot flood the API.
export function createRequestLimiter(maxInFlight: number) {
  let inFlight = 0;
  const waiting: Array<() => void> = [];

  const release = () => {
    inFlight -= 1;
    waiting.shift()?.();
  };

  return async function limit<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (inFlight >= maxInFlight) {
      await new Promise<void>((resolve, reject) => {
        const start = () => {
          signal?.removeEventListener('abort', cancel);
          resolve();
        };
        const cancel = () => {
          const index = waiting.indexOf(start);
          if (index >= 0) waiting.splice(index, 1);
          reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
        };
        waiting.push(start);
        signal?.addEventListener('abort', cancel, { once: true });
      });
    }
    inFlight += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
