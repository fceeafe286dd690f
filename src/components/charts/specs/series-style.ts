// Series differ by dash pattern as well as colour, so they are told apart without colour vision.
const DASHES = [undefined, '7 3', '2 3', '10 3 2 3', '4 4'] as const;

/** The stroke-dasharray of the series at this index in its chart (solid first). */
export function seriesDash(index: number): string | undefined {
  return DASHES[index % DASHES.length];
}

/** The previous period's ghost line: faint and dashed, behind the series it shadows. */
export const GHOST_STYLE = { strokeDasharray: '3 3', strokeOpacity: 0.55 } as const;
