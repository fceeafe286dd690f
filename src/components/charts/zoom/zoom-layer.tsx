import { useEffect, useRef, useState, type RefObject } from 'react';
import {
  panWindow,
  windowFromDrag,
  zoomAround,
  type TimeWindow,
} from '../../../lib/chart-window/time-window.ts';

interface ZoomLayerProps {
  /** The focusable chart element the pointer and key listeners attach to. */
  targetRef: RefObject<HTMLElement | null>;
  domain: TimeWindow;
  bounds: TimeWindow;
  onZoom: (window: TimeWindow | null) => void;
  /** The plot area's distance from the element's left and right edges, in CSS pixels. */
  insets: { left: number; right: number };
}

/** A drag shorter than this (CSS px) is a click, not a selection. */
const MIN_DRAG_PX = 4;
const PAN_SHARE = 0.25;

/**
 * Drag-to-zoom (pointer events: mouse, pen and touch), double-click to reset, and `+`/`-`/`←`/`→`
 * on the focused chart. Only the selection rectangle is state, updated once per frame, so a drag
 * re-renders this overlay and never the chart under it.
 */
export function ZoomLayer({ targetRef, domain, bounds, onZoom, insets }: ZoomLayerProps) {
  const [selection, setSelection] = useState<{ left: number; width: number } | null>(null);
  // isPending: a zoom was asked for and its re-render has not arrived (keys wait for it).
  const current = useRef({ domain, bounds, onZoom, insets, isPending: false });
  useEffect(() => {
    current.current = { domain, bounds, onZoom, insets, isPending: false };
  }, [domain, bounds, onZoom, insets]);

  useEffect(() => {
    const element = targetRef.current;
    if (!element) return;
    let dragStartX: number | null = null;
    let hoverX: number | null = null;
    let frame = 0;

    const plotX = (event: PointerEvent) => {
      const { left, width } = element.getBoundingClientRect();
      const { insets: inset } = current.current;
      return Math.min(Math.max(event.clientX - left, inset.left), width - inset.right);
    };
    const timeAt = (x: number) => {
      const {
        domain: [from, to],
        insets: inset,
      } = current.current;
      const plotWidth = element.getBoundingClientRect().width - inset.left - inset.right;
      return from + ((x - inset.left) / Math.max(1, plotWidth)) * (to - from);
    };
    const endDrag = () => {
      dragStartX = null;
      cancelAnimationFrame(frame);
      frame = 0;
      setSelection(null);
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 || !event.isPrimary) return;
      dragStartX = plotX(event);
      element.setPointerCapture?.(event.pointerId);
    };
    const onPointerMove = (event: PointerEvent) => {
      const x = plotX(event);
      hoverX = x;
      if (dragStartX === null || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (dragStartX === null || hoverX === null) return;
        setSelection({ left: Math.min(dragStartX, hoverX), width: Math.abs(hoverX - dragStartX) });
      });
    };
    const onPointerUp = (event: PointerEvent) => {
      if (dragStartX === null) return;
      const x = plotX(event);
      const start = dragStartX;
      endDrag();
      if (Math.abs(x - start) < MIN_DRAG_PX) return;
      const window = windowFromDrag(timeAt(start), timeAt(x));
      if (window) zoomTo(window);
    };
    const onPointerLeave = () => {
      if (dragStartX === null) hoverX = null;
    };
    const zoomTo = (window: TimeWindow | null) => {
      const now = current.current;
      if (sameWindow(window ?? now.bounds, now.domain)) return;
      now.isPending = true;
      now.onZoom(window);
    };
    const onDoubleClick = () => zoomTo(null);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const { domain: shown, bounds: whole, isPending } = current.current;
      // A key pressed before the last zoom has drawn would work from a stale window.
      const zoom = isPending ? () => undefined : zoomTo;
      const centre = hoverX === null ? (shown[0] + shown[1]) / 2 : timeAt(hoverX);
      if (event.key === '+' || event.key === '=') zoom(zoomAround(shown, centre, 0.5, whole));
      else if (event.key === '-' || event.key === '_') zoom(zoomAround(shown, centre, 2, whole));
      else if (event.key === 'ArrowLeft') zoom(pannedOrNull(shown, -PAN_SHARE, whole));
      else if (event.key === 'ArrowRight') zoom(pannedOrNull(shown, PAN_SHARE, whole));
      else return;
      event.preventDefault();
    };

    // One abort removes every listener.
    const removal = new AbortController();
    const options = { signal: removal.signal };
    element.addEventListener('pointerdown', onPointerDown, options);
    element.addEventListener('pointermove', onPointerMove, options);
    element.addEventListener('pointerup', onPointerUp, options);
    element.addEventListener('pointercancel', endDrag, options);
    element.addEventListener('pointerleave', onPointerLeave, options);
    element.addEventListener('dblclick', onDoubleClick, options);
    element.addEventListener('keydown', onKeyDown, options);
    return () => {
      cancelAnimationFrame(frame);
      removal.abort();
    };
  }, [targetRef]);

  return selection ? (
    <div
      className="zoom-selection"
      style={{ left: selection.left, width: selection.width }}
      aria-hidden="true"
    />
  ) : null;
}

/** Panning the whole period is no zoom; panning a zoom keeps it. */
function pannedOrNull(shown: TimeWindow, share: number, whole: TimeWindow): TimeWindow | null {
  const panned = panWindow(shown, share, whole);
  return panned[0] <= whole[0] && panned[1] >= whole[1] ? null : panned;
}

const sameWindow = (a: TimeWindow, b: TimeWindow) =>
  Math.round(a[0]) === Math.round(b[0]) && Math.round(a[1]) === Math.round(b[1]);
