import { useId, useState, type FormEvent } from 'react';
import { isValidOrgSlug } from '../../model/org-slug.ts';
import { LoginError, LoginField } from './login-field.tsx';

export interface ApiKeyInput {
  apiKey: string;
  orgSlug: string | null;
  remember: boolean;
}

interface FormatError {
  field: 'apiKey' | 'orgSlug';
  message: string;
}

interface LoginKeyFormProps {
  /** Prefilled from the runtime config, when it names one. */
  defaultOrgSlug: string | null;
  onSubmit: (input: ApiKeyInput) => void;
  isPending: boolean;
  error: string | null;
}

/** Paste an `ocore_…` key; the page checks it against the API before keeping it. */
export function LoginKeyForm({ defaultOrgSlug, onSubmit, isPending, error }: LoginKeyFormProps) {
  const errorId = useId();
  const [formatError, setFormatError] = useState<FormatError | null>(null);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const apiKey = String(form.get('apiKey')).trim();
    const orgSlug = String(form.get('orgSlug')).trim().toLowerCase();
    const problem: FormatError | null =
      apiKey === '' || /\s/.test(apiKey)
        ? { field: 'apiKey', message: 'Paste the whole API key, without spaces.' }
        : orgSlug !== '' && !isValidOrgSlug(orgSlug)
          ? {
              field: 'orgSlug',
              message: 'The organisation is a slug of 3–50 lowercase letters, digits or hyphens.',
            }
          : null;
    setFormatError(problem);
    if (problem) return;
    onSubmit({ apiKey, orgSlug: orgSlug === '' ? null : orgSlug, remember: form.has('remember') });
  };
  const message = formatError?.message ?? error;
  // The API's refusal is about the key; only a malformed slug is the organisation's fault.
  const invalidField = formatError?.field ?? (error ? 'apiKey' : null);
  return (
    <form className="login-form" onSubmit={handleSubmit} aria-busy={isPending}>
      <LoginField
        label="API key"
        name="apiKey"
        type="password"
        autoComplete="off"
        spellCheck={false}
        hint="Starts with ocore_. Create one in oCore under API keys."
        required
        errorId={invalidField === 'apiKey' ? errorId : undefined}
      />
      <LoginField
        label="Organisation"
        name="orgSlug"
        defaultValue={defaultOrgSlug ?? ''}
        autoComplete="organization"
        spellCheck={false}
        hint="Its slug, e.g. acme-hosting; sent with every request as X-Org-Slug."
        errorId={invalidField === 'orgSlug' ? errorId : undefined}
      />
      <div className="login-check">
        <input id={`${errorId}-remember`} type="checkbox" name="remember" />
        <label htmlFor={`${errorId}-remember`}>Remember on this device</label>
      </div>
      <LoginError id={errorId} message={message} />
      <button type="submit" disabled={isPending}>
        {isPending ? 'Checking the key…' : 'Use this key'}
      </button>
    </form>
  );
}
