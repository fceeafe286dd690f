import { useEffect, useRef, useState } from 'react';

interface ResolveAllControlProps {
  /** Open alerts (null while unknown); nothing to resolve at zero. */
  openCount: number | null;
  onConfirm: () => void;
  isPending: boolean;
}

/** "Resolve all…", then a confirmation naming how many, so one click never clears a wall. */
export function ResolveAllControl({ openCount, onConfirm, isPending }: ResolveAllControlProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} disabled={isPending || openCount === 0}>
        Resolve all…
      </button>
    );
  }
  const what =
    openCount === null
      ? 'every open alert'
      : `all ${openCount} open alert${openCount === 1 ? '' : 's'}`;
  return (
    <div className="resolve-all-confirm" role="group" aria-label="Confirm resolving all alerts">
      <p>Resolve {what}? This cannot be undone.</p>
      <button
        ref={confirmRef}
        type="button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        Yes, resolve all
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
