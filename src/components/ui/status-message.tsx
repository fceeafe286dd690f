import './status-message.css';
import { useId, useState } from 'react';

// Longer than this may not fit three lines: offer to show the rest rather than push the page down.
const LONG_TEXT = 240;

/**
 * The API's status message for a server or instance, as plain text. A long one (the API may send
 * thousands of characters) is clamped to three lines, with the whole text on hover and a toggle.
 */
export function StatusMessage({ text }: { text: string }) {
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  if (text.trim() === '') return null;
  const isLong = text.length > LONG_TEXT;
  return (
    <div className="status-message">
      <p
        id={textId}
        className={
          isLong && !expanded ? 'server-status-message is-clamped' : 'server-status-message'
        }
        title={isLong && !expanded ? text : undefined}
      >
        {text}
      </p>
      {isLong ? (
        <button
          type="button"
          className="status-message-toggle"
          aria-expanded={expanded}
          aria-controls={textId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded
            ? 'Show less'
            : `Show the whole message (${text.length.toLocaleString('en')} characters)`}
        </button>
      ) : null}
    </div>
  );
}
