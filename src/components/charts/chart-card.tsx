import './chart-card.css';
import { useId, type ReactNode } from 'react';
import { CardErrorBoundary } from '../ui/card-error-boundary.tsx';
import { DataAge } from '../ui/data-age.tsx';
import { ErrorNotice } from '../ui/error-notice.tsx';
import { Skeleton } from '../ui/skeleton.tsx';

export interface ChartCardProps {
  title: string;
  /** One line of text saying the latest value, for screen readers and quick reading. */
  summary: ReactNode;
  collectedAt: number | null;
  expectedIntervalMs: number;
  isLoading?: boolean;
  /** Shown instead of the chart when there is no data at all. */
  emptyMessage?: string | null;
  /** Shown above the (kept) chart when the latest fetch failed. */
  error?: { message: string; onRetry: () => void; isRetrying: boolean } | null;
  /** Previous data stays on screen, dimmed, while the next period loads. */
  isDimmed?: boolean;
  /** A short line under the summary, e.g. the resolution drawn ("30 s samples"). */
  detail?: string;
  /** Buttons beside the title (export, share). */
  actions?: ReactNode;
  /** Series legend, between the summary and the chart. */
  legend?: ReactNode;
  children: ReactNode;
}

/** The frame every chart sits in: title, data age, summary, and a loading/empty/error slot. */
export function ChartCard(props: ChartCardProps) {
  const { title, summary, collectedAt, expectedIntervalMs, isLoading, emptyMessage, error } = props;
  const titleId = useId();
  return (
    <section
      className="chart-card"
      aria-labelledby={titleId}
      aria-busy={isLoading || props.isDimmed}
    >
      <header className="chart-card-header">
        <h2 id={titleId}>{title}</h2>
        <DataAge collectedAt={collectedAt} expectedIntervalMs={expectedIntervalMs} />
        {props.actions}
      </header>
      <p className="chart-card-summary">{isLoading ? <Skeleton width="40%" /> : summary}</p>
      {props.detail && !isLoading ? <p className="chart-card-detail">{props.detail}</p> : null}
      {isLoading || emptyMessage ? null : props.legend}
      {error ? (
        <ErrorNotice
          title={`${title} could not be refreshed`}
          message={error.message}
          onRetry={error.onRetry}
          isRetrying={error.isRetrying}
        />
      ) : null}
      <div className={props.isDimmed ? 'chart-card-body is-dimmed' : 'chart-card-body'}>
        {isLoading ? (
          <Skeleton height="100%" />
        ) : emptyMessage ? (
          <p className="chart-card-empty">{emptyMessage}</p>
        ) : (
          <CardErrorBoundary title={title}>{props.children}</CardErrorBoundary>
        )}
      </div>
    </section>
  );
}
