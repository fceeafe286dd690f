import { useId, type FormEvent } from 'react';
import { LoginError, LoginField } from './login-field.tsx';

interface LoginCodeFormProps {
  email: string;
  onSubmit: (code: string) => void;
  /** Back to email and password, e.g. when the sign-in attempt has timed out. */
  onStartOver: () => void;
  isPending: boolean;
  error: string | null;
}

/** The second step for accounts with two-factor authentication. */
export function LoginCodeForm({
  email,
  onSubmit,
  onStartOver,
  isPending,
  error,
}: LoginCodeFormProps) {
  const errorId = useId();
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Authenticator apps often show "123 456"; the API wants the six digits.
    onSubmit(String(new FormData(event.currentTarget).get('code')).replace(/\s/g, ''));
  };
  return (
    <form className="login-form" onSubmit={handleSubmit} aria-busy={isPending}>
      <p>
        Password accepted for <strong>{email}</strong>. Enter the 6-digit code from your
        authenticator app.
      </p>
      <LoginField
        label="Code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="\s*(\d\s*){6}"
        maxLength={9}
        required
        // The step appears in place of the password form, so focus follows the user there.
        autoFocus
        errorId={error ? errorId : undefined}
      />
      <LoginError id={errorId} message={error} />
      <div className="login-actions">
        <button type="submit" disabled={isPending}>
          {isPending ? 'Checking…' : 'Verify code'}
        </button>
        <button type="button" onClick={onStartOver} disabled={isPending}>
          Start over
        </button>
      </div>
    </form>
  );
}
