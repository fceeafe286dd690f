import './skeleton.css';
/** A placeholder block that keeps the final layout while data loads. */
export function Skeleton({
  height = 16,
  width = '100%',
}: {
  height?: number | string;
  width?: number | string;
}) {
  return <span className="skeleton" style={{ height, width }} aria-hidden="true" />;
}

/** The title and facts of a server or instance summary, while they load. */
export function SummarySkeleton({ isLoading }: { isLoading: boolean }) {
  return (
    <div className="server-summary" aria-busy={isLoading}>
      <Skeleton height={32} width={280} />
      <Skeleton height={60} />
    </div>
  );
}
