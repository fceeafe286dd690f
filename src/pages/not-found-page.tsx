import { Link } from 'react-router-dom';
import { paths } from '../routes/paths.ts';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <main className="page not-found" id="main">
      <h1>Not found</h1>
      <p>There is no such {what}. It may have been removed, or the link is wrong.</p>
      <p>
        <Link to={paths.fleet()}>Back to the fleet</Link>
      </p>
    </main>
  );
}
