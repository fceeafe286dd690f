import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { logout } from '../api/auth.ts';
import { getServers } from '../api/servers.ts';
import { buildKioskLink } from '../kiosk/kiosk-link.ts';
import { paths } from '../routes/paths.ts';
import { useSession, useSessionStore } from '../session/session-context.tsx';
import { keyPrefix, type FallbackCredentials, type UserSession } from '../session/session-store.ts';
import { SettingsConnection } from '../components/settings/settings-connection.tsx';
import { SettingsKioskLink } from '../components/settings/settings-kiosk-link.tsx';
import { useApiClient } from '../queries/api-client-context.tsx';
import { errorMessage } from '../queries/error-message.ts';
import '../components/auth/login-forms.css';

export function SettingsPage() {
  const client = useApiClient();
  const store = useSessionStore();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const connectionTest = useMutation({ mutationFn: () => getServers(client) });
  const signOut = useMutation({
    // Revoking the cookie session is best effort: the local sign-out happens either way.
    mutationFn: () => logout(client).catch(() => undefined),
    onSettled: () => {
      store.clear();
      queryClient.removeQueries();
      void navigate(paths.login({ reason: 'signed-out' }));
    },
  });

  const orgSlug = session?.orgSlug ?? store.fallback.orgSlug;
  const kioskKey = kioskKeyFor(session, store.fallback);

  return (
    <main className="page settings-page" id="main">
      <h1>Settings</h1>
      <div className="auth-cards">
        <SettingsConnection
          apiUrl={new URL(client.baseUrl, window.location.origin).href}
          organisation={orgSlug ?? 'Not set: the API key’s own organisation applies'}
          signedInAs={describeSignedIn(session, store.fallback)}
          test={{
            isPending: connectionTest.isPending,
            serverCount: connectionTest.data?.length ?? null,
            error: connectionTest.error ? errorMessage(connectionTest.error) : null,
          }}
          onTest={() => connectionTest.mutate()}
        />
        <SettingsKioskLink
          link={kioskKey ? buildKioskLink(window.location.origin, kioskKey, orgSlug) : null}
        />
        <section className="auth-card" aria-labelledby="settings-session-heading">
          <h2 id="settings-session-heading">Session</h2>
          {session ? (
            <>
              <p className="muted">
                Signing out forgets the credentials on this device
                {store.fallback.apiKey ? ' and returns to the built-in key' : ''}.
              </p>
              <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
                {signOut.isPending ? 'Signing out…' : 'Sign out'}
              </button>
            </>
          ) : (
            <p>
              <Link to={paths.login({ next: paths.settings() })}>Sign in</Link> with your oCore
              account or an API key.
            </p>
          )}
        </section>
      </div>
    </main>
  );
}

function describeSignedIn(session: UserSession | null, fallback: FallbackCredentials): string {
  if (session?.kind === 'password') return `${session.email} (email and password)`;
  if (session?.kind === 'api-key') {
    const kept = session.remember ? 'remembered on this device' : 'until this tab closes';
    return `API key ${keyPrefix(session.apiKey)} (${kept})`;
  }
  if (fallback.apiKey) return `Built-in API key ${keyPrefix(fallback.apiKey)} from config.json`;
  return 'Not signed in';
}

/** Only a key can provision a wall screen; a cookie session stays on this device. */
function kioskKeyFor(session: UserSession | null, fallback: FallbackCredentials): string | null {
  if (session?.kind === 'api-key') return session.apiKey;
  if (session?.kind === 'password') return null;
  return fallback.apiKey;
}
