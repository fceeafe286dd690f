import { useId, type InputHTMLAttributes } from 'react';

interface LoginFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  /** Id of the form's error message, linked while the field is invalid. */
  errorId?: string;
}

/** A labelled input with an optional hint; screen readers hear the hint and any error with it. */
export function LoginField({ label, hint, errorId, ...inputProps }: LoginFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errorId ?? null].filter(Boolean).join(' ');
  return (
    <div className="login-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        aria-invalid={errorId ? true : undefined}
        {...inputProps}
      />
      {hint ? (
        <p id={hintId} className="login-field-hint muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The inline error under a form: announced as it appears, readable as plain text. */
export function LoginError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="login-error" role="alert">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
