import { useEffect, useId, useState } from 'react';
import { isTypingTarget } from './is-typing-target.ts';

const KEYS: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['1 2 3 4', 'Period: 1 h, 6 h, 24 h, 7 d (clears the zoom)'],
  ['Drag across a chart', 'Zoom every chart to that time (mouse, pen or touch)'],
  ['+ / −', 'Zoom in / out around the crosshair (chart focused)'],
  ['← / →', 'Pan the zoomed window back / forward (chart focused)'],
  ['Esc or double-click', 'Reset the zoom to the whole period'],
  ['Enter or Space on a legend entry', 'Hide or show that series'],
  ['?', 'Show or hide this list'],
];

/** "?" (or the button) shows the keys of the page; Esc closes the list before it resets a zoom. */
export function KeysHelp() {
  const [isOpen, setIsOpen] = useState(false);
  const listId = useId();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      if (event.key === '?') setIsOpen((open) => !open);
      else if (event.key === 'Escape' && isOpen) {
        event.preventDefault();
        setIsOpen(false);
      }
    };
    // Capture phase: runs before the zoom's Esc listener, which skips handled events.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [isOpen]);

  return (
    <div className="keys-help">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-keyshortcuts="?"
        onClick={() => setIsOpen((open) => !open)}
      >
        Keys (?)
      </button>
      {isOpen ? (
        <section id={listId} className="keys-help-list" aria-label="Keyboard and pointer shortcuts">
          <dl>
            {KEYS.map(([keys, action]) => (
              <div key={keys}>
                <dt>{keys}</dt>
                <dd>{action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
