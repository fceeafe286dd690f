import { describe, expect, it } from 'vitest';
import { chartCsv, csvCell, csvFileName } from './chart-csv.ts';

const t0 = Date.UTC(2025, 11, 1, 12);

describe('chart CSV', () => {
  it('has ISO times, one column per series and the units in the header', () => {
    const csv = chartCsv(
      [
        { t: t0, memUsed: 1024, memTotal: 4096 },
        { t: t0 + 30_000, memUsed: 2048.5, memTotal: null },
      ],
      [
        { key: 'memUsed', label: 'Used', unit: 'bytes' },
        { key: 'memTotal', label: 'Total', unit: 'bytes' },
      ],
    );
    expect(csv.split('\r\n')).toEqual([
      'time (ISO 8601, UTC),Used (bytes),Total (bytes)',
      '2025-12-01T12:00:00.000Z,1024,4096',
      '2025-12-01T12:00:30.000Z,2048.5,',
      '',
    ]);
  });

  it('writes every raw row given, and skips the gap markers (rows with no value at all)', () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({ t: t0 + i * 30_000, cpu: i % 7 }));
    const withGap = [
      ...rows.slice(0, 10),
      { t: t0 + 10 * 30_000 + 1, cpu: null },
      ...rows.slice(10),
    ];
    const lines = chartCsv(withGap, [{ key: 'cpu', label: 'CPU', unit: '%' }])
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(501);
    expect(lines[11]).toBe('2025-12-01T12:05:00.000Z,3');
  });

  it('quotes commas, quotes and line breaks, and defuses formulas in text', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@sum')).toBe("'@sum");
    const csv = chartCsv([{ t: t0, 'extra:q': 1 }], [{ key: 'extra:q', label: 'Queue, jobs' }]);
    expect(csv.split('\r\n')[0]).toBe('time (ISO 8601, UTC),"Queue, jobs"');
  });

  it('names the file after the chart and the window', () => {
    expect(csvFileName('CPU usage', [t0, t0 + 3_600_000])).toBe(
      'cpu-usage_2025-12-01T12-00-00Z_2025-12-01T13-00-00Z.csv',
    );
    expect(csvFileName('⚙', [t0, t0])).toMatch(/^chart_/);
  });
});
