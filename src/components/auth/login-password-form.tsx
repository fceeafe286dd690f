import { useId, type FormEvent } from 'react';
import { LoginError, LoginField } from './login-field.tsx';

interface LoginPasswordFormProps {
  onSubmit: (credentials: { email: string; password: string }) => void;
  isPending: boolean;
  error: string | null;
}

export function LoginPasswordForm({ onSubmit, isPending, error }: LoginPasswordFormProps) {
  const errorId = useId();
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit({ email: String(form.get('email')).trim(), password: String(form.get('password')) });
  };
  const invalid = error ? errorId : undefined;
  return (
    <form className="login-form" onSubmit={handleSubmit} aria-busy={isPending}>
      <LoginField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        errorId={invalid}
      />
      <LoginField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errorId={invalid}
      />
      <LoginError id={errorId} message={error} />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
