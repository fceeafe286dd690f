// An axis label as a plain SVG <text>. Recharts' own <Text> is handed the axis width, so it
// measures every word of every label in the DOM to wrap it: a forced layout per new label, the
// largest single cost of drawing six charts. A tick label is one short line and never wraps.

interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  orientation?: string;
  className?: string;
  payload?: { value?: unknown };
  index?: number;
  tickFormatter?: (value: never, index: number) => string;
}

/** Where the first line sits against `y`, as Recharts' <Text> puts it (cap height 0.71em). */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

const AXIS_TICK_STYLE = { fill: 'var(--text-muted)', fontSize: 12 } as const;

/** Recharts calls this for each tick (`tick={renderAxisTick}`), with the tick's place and value. */
export function renderAxisTick(props: AxisTickProps) {
  const value = props.payload?.value;
  const text = props.tickFormatter
    ? props.tickFormatter(value as never, props.index ?? 0)
    : String(value ?? '');
  return (
    <text
      x={props.x}
      y={props.y}
      dy={DY[props.verticalAnchor ?? 'end']}
      textAnchor={props.textAnchor}
      orientation={props.orientation}
      className={props.className}
      fill={AXIS_TICK_STYLE.fill}
      fontSize={AXIS_TICK_STYLE.fontSize}
    >
      {text}
    </text>
  );
}
