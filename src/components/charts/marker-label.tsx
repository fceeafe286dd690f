import './marker-label.css';

interface MarkerLabelProps {
  /** Recharts' box for the reference line's label. */
  viewBox?: { x?: number; y?: number };
  text: string;
  title: string;
  color: string;
}

/**
 * A small flag atop the marker line (many alerts would make their labels overlap); the full title
 * on hover (SVG title) and on keyboard focus. `text` is kept for screen readers with the title.
 */
export function MarkerLabel({ viewBox, text, title, color }: MarkerLabelProps) {
  const x = viewBox?.x ?? 0;
  const y = viewBox?.y ?? 0;
  return (
    <g className="chart-marker" tabIndex={0} role="img" aria-label={title} data-label={text}>
      <title>{title}</title>
      <path d={`M${x} ${y + 1}l5 9h-10Z`} fill={color} stroke="var(--surface)" strokeWidth={1} />
      <text className="chart-marker-detail" x={x + 8} y={y + 22} fill="var(--text)" fontSize={11}>
        {title}
      </text>
    </g>
  );
}
