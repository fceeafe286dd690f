interface AlertPagerProps {
  page: number;
  perPage: number;
  /** Matching events over all pages; null when the API did not say. */
  total: number | null;
  /** Events on this page as the API sent it (decides "Next" when the total is unknown). */
  shownCount: number;
  onPageChange: (page: number) => void;
}

/** "21–40 of 87 · page 2 of 5" with Previous and Next. */
export function AlertPager({ page, perPage, total, shownCount, onPageChange }: AlertPagerProps) {
  const pages = total === null ? null : Math.max(1, Math.ceil(total / perPage));
  const first = (page - 1) * perPage + 1;
  const last = (page - 1) * perPage + shownCount;
  const hasNext = pages === null ? shownCount >= perPage : page < pages;
  return (
    <nav className="alert-pager" aria-label="Alert pages">
      <button type="button" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
        Previous
      </button>
      <span>
        {shownCount === 0 ? 'None' : `${first}–${last}`}
        {total !== null ? ` of ${total}` : ''} · page {page}
        {pages !== null ? ` of ${pages}` : ''}
      </span>
      <button type="button" onClick={() => onPageChange(page + 1)} disabled={!hasNext}>
        Next
      </button>
    </nav>
  );
}
