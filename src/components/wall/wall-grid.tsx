import './wall-grid.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { wallLayout } from '../../lib/wall-layout.ts';
import {
  categoryCounts,
  HEALTH_CATEGORIES,
  type CountPart,
} from '../../model/fleet/fleet-health.ts';
import { DataAge } from '../ui/data-age.tsx';
import { ToneIcon } from '../ui/tone-icon.tsx';
import type { HealthRow } from '../../model/fleet/fleet-rows.ts';
import { WallTile } from './wall-tile.tsx';

// The smallest tile that keeps its numbers readable from three metres (CSS px at 1080p); a
// short rack screen, seen from closer, takes smaller ones.
const TILE = { minTileWidth: 330, minTileHeight: 210 };
const COMPACT_TILE = { minTileWidth: 250, minTileHeight: 160 };
const COMPACT_BELOW_HEIGHT = 420;
const GAP = 12;

interface WallGridProps {
  /** Worst first: the grid shows as many as fit and summarises the rest. */
  rows: readonly HealthRow[];
  reportIntervalMs: number;
  /** Told how many server tiles fit, so the screen can keep exactly those current. */
  onServerTilesChange?: (count: number) => void;
  /** The servers summarised in "+ N more" are refreshed in rotation: their oldest copy. */
  rest?: RestCopies;
}

export interface RestCopies {
  /** When the oldest copy arrived; null while some have not been checked at all yet. */
  oldestCheckAt: number | null;
  /** How long one rotation through them takes. */
  rotationMs: number;
}

/** Fills its box with tiles, never more than fit: the rest become one "+ N more" tile. */
export function WallGrid({ rows, reportIntervalMs, onServerTilesChange, rest }: WallGridProps) {
  const ref = useRef<HTMLOListElement>(null);
  const { width, height } = useElementSize(ref);
  const isCompact = height > 0 && height < COMPACT_BELOW_HEIGHT;
  const layout = wallLayout({
    width,
    height,
    count: rows.length,
    ...(isCompact ? COMPACT_TILE : TILE),
    gap: GAP,
  });
  const shown = width > 0 ? rows.slice(0, layout.serverTiles) : [];
  const hidden = width > 0 ? rows.slice(layout.serverTiles) : [];
  const serverTiles = width > 0 ? layout.serverTiles : 0;
  useEffect(() => onServerTilesChange?.(serverTiles), [onServerTilesChange, serverTiles]);
  return (
    <ol
      ref={ref}
      className={isCompact ? 'wall-grid is-compact' : 'wall-grid'}
      aria-label="Servers, worst first"
      style={{
        gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`,
        gridTemplateRows: `repeat(${layout.rows}, minmax(0, 1fr))`,
        gap: GAP,
      }}
    >
      {shown.map((row) => (
        <WallTile key={row.server.id} row={row} reportIntervalMs={reportIntervalMs} />
      ))}
      {hidden.length > 0 ? (
        <WallMoreTile
          count={hidden.length}
          parts={categoryCounts(hidden.map((row) => row.health))}
          rest={rest}
        />
      ) : null}
    </ol>
  );
}

interface WallMoreTileProps {
  count: number;
  parts: CountPart[];
  rest: RestCopies | undefined;
}

function WallMoreTile({ count, parts, rest }: WallMoreTileProps) {
  const allHealthy = parts.length === 1 && parts[0].label === HEALTH_CATEGORIES.ok.label;
  return (
    <li className="wall-tile wall-more">
      <p className="wall-more-count">
        + {count} {allHealthy ? 'healthy servers' : count === 1 ? 'more server' : 'more servers'}
      </p>
      {allHealthy ? null : (
        <ul className="wall-more-parts">
          {parts.map((part) => (
            <li key={part.label} className={`tone-${part.tone}`}>
              <ToneIcon tone={part.tone} size={16} />
              <span>
                {part.count} {part.label}
              </span>
            </li>
          ))}
        </ul>
      )}
      {rest ? (
        <p className="wall-more-age">
          {rest.oldestCheckAt === null ? (
            <span className="data-age">Not all checked yet</span>
          ) : (
            <DataAge
              collectedAt={rest.oldestCheckAt}
              expectedIntervalMs={rest.rotationMs}
              prefix="Oldest copy"
            />
          )}
        </p>
      ) : null}
    </li>
  );
}

/** The element's layout size in CSS pixels (unaffected by zoom), kept current. */
function useElementSize(ref: RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number, height: number) =>
      setSize((old) =>
        old.width === Math.floor(width) && old.height === Math.floor(height)
          ? old
          : { width: Math.floor(width), height: Math.floor(height) },
      );
    update(element.clientWidth, element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) =>
      update(entry.contentRect.width, entry.contentRect.height),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
