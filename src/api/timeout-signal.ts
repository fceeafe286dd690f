/** A caller's signal combined with a deadline, and a way to tell which one fired. */
export interface TimeoutSignal {
  signal: AbortSignal;
  timedOut(): boolean;
  /** Settles like `promise`, or rejects as soon as `signal` aborts, whichever comes first. */
  race<T>(promise: Promise<T>): Promise<T>;
  /** Clears the timer and listeners; call it once the request is over. */
  dispose(): void;
}

export function withTimeout(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
): TimeoutSignal {
  const deadline = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    deadline.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const cleanups: Array<() => void> = [() => clearTimeout(timer)];

  const signal = combine(callerSignal, deadline, cleanups);

  return {
    signal,
    timedOut: () => timedOut,
    race<T>(promise: Promise<T>): Promise<T> {
      // Also protects against an injected fetch (or body stream) that ignores its signal.
      if (signal.aborted) return Promise.reject(signal.reason as unknown);
      return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(signal.reason as unknown);
        signal.addEventListener('abort', onAbort, { once: true });
        cleanups.push(() => signal.removeEventListener('abort', onAbort));
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
    dispose() {
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}

function combine(
  callerSignal: AbortSignal | undefined,
  deadline: AbortController,
  cleanups: Array<() => void>,
): AbortSignal {
  if (!callerSignal) return deadline.signal;
  if (typeof AbortSignal.any === 'function')
    return AbortSignal.any([callerSignal, deadline.signal]);
  // Older browsers: the caller's abort is forwarded to the deadline controller, reason intact.
  if (callerSignal.aborted) {
    deadline.abort(callerSignal.reason);
  } else {
    const forward = () => deadline.abort(callerSignal.reason);
    callerSignal.addEventListener('abort', forward, { once: true });
    cleanups.push(() => callerSignal.removeEventListener('abort', forward));
  }
  return deadline.signal;
}
