import './marker-label.css';

interface MarkerLabelProps {
  /** Recharts' box for the reference line's label. */
  viewBox?: { x?: number; y?: number };
  text: string;
  title: string;
  color: string;
}

/** A marker's short label; its full title on hover (SVG title) and on keyboard focus. */
export function MarkerLabel({ viewBox, text, title, color }: MarkerLabelProps) {
  const x = (viewBox?.x ?? 0) + 4;
  const y = (viewBox?.y ?? 0) + 12;
  return (
    <g className="chart-marker" tabIndex={0} role="img" aria-label={title}>
      <title>{title}</title>
      <text x={x} y={y} fill={color} fontSize={11}>
        {text}
      </text>
      <text className="chart-marker-detail" x={x} y={y + 14} fill="var(--text)" fontSize={11}>
        {title}
      </text>
    </g>
  );
}
