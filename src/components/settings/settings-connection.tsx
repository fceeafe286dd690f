interface ConnectionTest {
  isPending: boolean;
  /** Set after a successful test. */
  serverCount: number | null;
  /** Set after a failed test: the API's own message. */
  error: string | null;
}

interface SettingsConnectionProps {
  apiUrl: string;
  organisation: string;
  signedInAs: string;
  test: ConnectionTest;
  onTest: () => void;
}

/** Which oCore, which organisation, as whom; and a button that proves it works. */
export function SettingsConnection({
  apiUrl,
  organisation,
  signedInAs,
  test,
  onTest,
}: SettingsConnectionProps) {
  return (
    <section className="auth-card" aria-labelledby="settings-connection-heading">
      <h2 id="settings-connection-heading">Connection</h2>
      <dl className="settings-facts">
        <div className="settings-fact">
          <dt>oCore API</dt>
          <dd>
            <code>{apiUrl}</code>
          </dd>
        </div>
        <div className="settings-fact">
          <dt>Organisation</dt>
          <dd>{organisation}</dd>
        </div>
        <div className="settings-fact">
          <dt>Signed in as</dt>
          <dd>{signedInAs}</dd>
        </div>
      </dl>
      <div className="login-actions">
        <button type="button" onClick={onTest} disabled={test.isPending}>
          {test.isPending ? 'Testing…' : 'Test connection'}
        </button>
        <ConnectionTestResult test={test} />
      </div>
    </section>
  );
}

function ConnectionTestResult({ test }: { test: ConnectionTest }) {
  if (test.error !== null) {
    return (
      <p className="login-error" role="alert">
        <span aria-hidden="true">✕ </span>Connection failed: {test.error}
      </p>
    );
  }
  // Always rendered, so screen readers announce the result when it appears.
  return (
    <p className="settings-test-ok" role="status">
      {test.serverCount === null ? null : (
        <>
          <span aria-hidden="true">✓ </span>Connected: {test.serverCount}{' '}
          {test.serverCount === 1 ? 'server' : 'servers'} visible
        </>
      )}
    </p>
  );
}
