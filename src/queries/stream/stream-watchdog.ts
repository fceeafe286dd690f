/** A dead-man's switch: fires `onStall` when `kick()` has not been called for `timeoutMs`. */
export interface StreamWatchdog {
  kick(): void;
  stop(): void;
}

// A half-open TCP connection never errors; only silence gives it away, so any byte resets the clock.
export function createStreamWatchdog(timeoutMs: number, onStall: () => void): StreamWatchdog {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  return {
    kick() {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        stopped = true;
        onStall();
      }, timeoutMs);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
