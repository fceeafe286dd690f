import { useId, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies the provisioning link for a wall screen. Where the clipboard is unavailable (plain http,
 * denied permission) the link appears in a read-only field to copy by hand.
 */
export function SettingsKioskLink({ link }: { link: string | null }) {
  const fieldId = useId();
  const [copyState, setCopyState] = useState<CopyState>('idle');

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(link ?? '');
      setCopyState('copied');
    } catch {
      setCopyState('manual');
    }
  };

  return (
    <section className="auth-card" aria-labelledby="settings-kiosk-heading">
      <h2 id="settings-kiosk-heading">Wall screen</h2>
      {link === null ? (
        <p className="muted">
          A kiosk link carries an API key. Sign in with an API key to create one.
        </p>
      ) : (
        <>
          <p className="muted">
            Open this link once on the wall screen: it stores the key there and removes it from the
            address bar. Treat it like a password.
          </p>
          <div className="login-actions">
            <button type="button" onClick={() => void copy()}>
              Copy kiosk link
            </button>
            <p role="status" className="settings-test-ok">
              {copyState === 'copied' ? 'Copied to the clipboard' : null}
            </p>
          </div>
          {copyState === 'manual' ? (
            <div className="login-field">
              <label htmlFor={fieldId}>Kiosk link</label>
              <input
                id={fieldId}
                readOnly
                value={link}
                onFocus={(event) => event.currentTarget.select()}
                autoFocus
              />
              <p className="login-field-hint muted">
                The clipboard is not available here; select the link and copy it.
              </p>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
