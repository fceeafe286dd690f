import './zoom.css';
import { useEffect } from 'react';
import type { TimeWindow } from '../../../lib/chart-window/time-window.ts';
import { isTypingTarget } from './is-typing-target.ts';

interface ZoomBarProps {
  zoom: TimeWindow | null;
  /** The newest instant of the period's data: the live edge. */
  liveEnd: number;
  onZoom: (window: TimeWindow | null) => void;
  formatTime: (t: number) => string;
}

/**
 * While zoomed: the window, "Paused at …" (new data does not move it), Follow now (same width,
 * at the live edge) and Reset zoom; Esc resets too.
 */
export function ZoomBar({ zoom, liveEnd, onZoom, formatTime }: ZoomBarProps) {
  // Listening even when not zoomed: an Esc right after a drag may beat the re-render; the URL
  // hook ignores a reset when there is nothing to reset.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTypingTarget(event.target)) return;
      onZoom(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onZoom]);

  if (!zoom) {
    return <p className="zoom-bar zoom-hint">Drag across a chart to zoom in · ? lists the keys</p>;
  }
  const width = zoom[1] - zoom[0];
  const atLiveEdge = zoom[1] >= liveEnd;
  return (
    <div className="zoom-bar" role="group" aria-label="Zoom">
      <span>
        Zoomed to {formatTime(zoom[0])} – {formatTime(zoom[1])}
      </span>
      {atLiveEdge ? null : (
        <span>
          Paused at {formatTime(zoom[1])} ·{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => onZoom([liveEnd - width, liveEnd])}
          >
            Follow now
          </button>
        </span>
      )}
      <button type="button" onClick={() => onZoom(null)} aria-keyshortcuts="Escape">
        Reset zoom
      </button>
    </div>
  );
}
