import { useEffect, useRef, useState } from 'react';
import { chartCsv, csvFileName, type CsvColumn } from '../../../lib/chart/chart-csv.ts';
import type { TimeWindow } from '../../../lib/chart-window/time-window.ts';

type Row = { t: number } & Record<string, number | null>;

interface ChartActionsProps {
  title: string;
  /** The raw rows the chart draws (may reach one row past each edge of the window). */
  rows: readonly Row[];
  columns: readonly CsvColumn[];
  window: TimeWindow;
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Download CSV" of the raw samples in the window and "Copy link to this view". */
export function ChartActions({ title, rows, columns, window: shown }: ChartActionsProps) {
  const [status, setStatus] = useState('');
  const clearTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(clearTimer.current), []);
  const say = (text: string) => {
    setStatus(text);
    clearTimeout(clearTimer.current);
    clearTimer.current = setTimeout(() => setStatus(''), 4000);
  };

  const onDownload = () => {
    const inWindow = rows.filter((row) => row.t >= shown[0] && row.t <= shown[1]);
    download(chartCsv(inWindow, columns), csvFileName(title, shown));
  };
  const onCopy = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      say('Link copied');
    } catch {
      say(`Copy failed; the link is ${link}`);
    }
  };

  return (
    <div className="chart-actions">
      <button type="button" onClick={onDownload} aria-label={`Download CSV: ${title}`}>
        Download CSV
      </button>
      <button type="button" onClick={onCopy} aria-label={`Copy link to this view: ${title}`}>
        Copy link
      </button>
      <span role="status" className="chart-actions-status">
        {status}
      </span>
    </div>
  );
}
