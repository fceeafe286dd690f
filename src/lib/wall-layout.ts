// How the wall fills its screen: the largest tiles that fit every server, or, when they cannot all
// fit, as many as fit with the last slot summarising the rest. Never a scrollbar.

export interface WallLayoutInput {
  /** The grid's own size in CSS pixels. */
  width: number;
  height: number;
  /** Servers to show. */
  count: number;
  minTileWidth: number;
  minTileHeight: number;
  gap: number;
}

export interface WallLayout {
  columns: number;
  rows: number;
  /** How many servers get a tile (worst first). */
  serverTiles: number;
  /** Servers summarised in the last slot instead; 0 when all fit. */
  hiddenCount: number;
}

function fits(size: number, gap: number, minimum: number): number {
  return Math.max(1, Math.floor((size + gap) / (minimum + gap)));
}

export function wallLayout(input: WallLayoutInput): WallLayout {
  const { width, height, count, minTileWidth, minTileHeight, gap } = input;
  if (count <= 0) return { columns: 1, rows: 1, serverTiles: 0, hiddenCount: 0 };
  const maxColumns = fits(width, gap, minTileWidth);
  const maxRows = fits(height, gap, minTileHeight);
  let best: { columns: number; rows: number; scale: number } | null = null;
  for (let columns = 1; columns <= Math.min(maxColumns, count); columns++) {
    const rows = Math.ceil(count / columns);
    if (rows > maxRows) continue;
    const tileWidth = (width - (columns - 1) * gap) / columns;
    const tileHeight = (height - (rows - 1) * gap) / rows;
    // How much larger than the minimum the tighter dimension gets: bigger is easier to read.
    const scale = Math.min(tileWidth / minTileWidth, tileHeight / minTileHeight);
    if (!best || scale > best.scale) best = { columns, rows, scale };
  }
  if (best) return { columns: best.columns, rows: best.rows, serverTiles: count, hiddenCount: 0 };
  const slots = maxColumns * maxRows;
  // One slot is the summary of the rest, unless one slot is all there is.
  const serverTiles = slots > 1 ? slots - 1 : 1;
  return { columns: maxColumns, rows: maxRows, serverTiles, hiddenCount: count - serverTiles };
}

/** Alerts the wall's strip shows for its width; when more are open, the last slot says "+ N more". */
export function alertStripLayout(
  width: number,
  count: number,
  minItemWidth = 320,
  maxItems = 4,
): { shown: number; hiddenCount: number } {
  const slots = Math.max(1, Math.min(maxItems, Math.floor(width / minItemWidth)));
  if (count <= slots) return { shown: count, hiddenCount: 0 };
  const shown = slots - 1;
  return { shown, hiddenCount: count - shown };
}
