import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { paths } from './paths.ts';

/** Last line of defence for a route: says what broke and offers a way on, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  const isChunkFailure = /dynamically imported module|Importing a module script failed/i.test(
    message,
  );
  return (
    <main className="page route-error" id="main">
      <h1>{isChunkFailure ? 'The dashboard was updated' : 'This page hit a problem'}</h1>
      <p>{isChunkFailure ? 'Reload to get the new version.' : message}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        <Link to={paths.fleet()}>Back to the fleet</Link>
      </p>
    </main>
  );
}
