import { Link, useLocation } from 'react-router-dom';
import { paths, routePatterns } from '../routes/paths.ts';
import { useSession } from './session-context.tsx';
import { keyPrefix } from './session-store.ts';

/** Who the dashboard is signed in as, in the header; a sign-in link when nobody is. */
export function SessionIndicator() {
  const session = useSession();
  const location = useLocation();
  if (session?.kind === 'password') {
    return <span className="session-indicator">Signed in as {session.email}</span>;
  }
  if (session?.kind === 'api-key') {
    return <span className="session-indicator">API key {keyPrefix(session.apiKey)}</span>;
  }
  if (location.pathname === routePatterns.login) return null;
  return <Link to={paths.login({ next: `${location.pathname}${location.search}` })}>Sign in</Link>;
}
