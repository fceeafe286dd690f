import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { isUnauthorized } from '../api/api-error.ts';
import { login, loginTwoFactor } from '../api/auth.ts';
import { useSessionStore } from '../session/session-context.tsx';
import { checkApiKey } from '../session/api-key-check.ts';
import { safeNextPath } from '../session/next-path.ts';
import { LOGIN_REASON_MESSAGES, parseLoginReason } from '../session/login-reason.ts';
import type { UserSession } from '../session/session-store.ts';
import { LoginCodeForm } from '../components/auth/login-code-form.tsx';
import { LoginKeyForm, type ApiKeyInput } from '../components/auth/login-key-form.tsx';
import { LoginPasswordForm } from '../components/auth/login-password-form.tsx';
import { useApiClient } from '../queries/api-client-context.tsx';
import { errorMessage } from '../queries/error-message.ts';
import '../components/auth/login-forms.css';

interface TwoFactorChallenge {
  email: string;
  partialToken: string;
}

export function LoginPage() {
  const client = useApiClient();
  const store = useSessionStore();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const reason = parseLoginReason(searchParams.get('reason'));
  const [challenge, setChallenge] = useState<TwoFactorChallenge | null>(null);

  const finish = (session: UserSession) => {
    store.signIn(session);
    // Nothing fetched as someone else (or a failed 401) may show under the new identity.
    queryClient.removeQueries();
    void navigate(next, { replace: true });
  };

  const passwordSignIn = useMutation({
    mutationFn: async (input: { email: string; password: string }) => {
      const result = await login(client, input);
      if (result.requiresTOTP && !result.partialToken) {
        throw new Error('The API asked for a code but sent no sign-in token; try again');
      }
      return result;
    },
    onSuccess: ({ user, requiresTOTP, partialToken }, input) => {
      const email = user.email || input.email;
      if (requiresTOTP && partialToken) setChallenge({ email, partialToken });
      else finish({ kind: 'password', email, orgSlug: null });
    },
  });

  const codeSignIn = useMutation({
    mutationFn: ({ code, partialToken }: { code: string; partialToken: string }) =>
      loginTwoFactor(client, { code, partialToken }),
    onSuccess: (result) =>
      finish({
        kind: 'password',
        email: result.user.email || challenge?.email || '',
        orgSlug: null,
      }),
  });

  const keySignIn = useMutation({
    mutationFn: (input: ApiKeyInput) =>
      checkApiKey(client, input.apiKey, input.orgSlug ?? store.fallback.orgSlug),
    onSuccess: (_, input) => finish({ kind: 'api-key', ...input }),
  });

  const startOver = () => {
    setChallenge(null);
    passwordSignIn.reset();
    codeSignIn.reset();
  };

  return (
    <main className="page login-page" id="main">
      <h1>Sign in</h1>
      <p className="muted">Sign in with your oCore account, or use an API key for a wall screen.</p>
      {reason ? (
        <p className="login-reason" role="status">
          {LOGIN_REASON_MESSAGES[reason]}
        </p>
      ) : null}
      <div className="auth-cards">
        <section className="auth-card" aria-labelledby="login-password-heading">
          <h2 id="login-password-heading">With email and password</h2>
          {challenge ? (
            <LoginCodeForm
              email={challenge.email}
              onSubmit={(code) => codeSignIn.mutate({ code, partialToken: challenge.partialToken })}
              onStartOver={startOver}
              isPending={codeSignIn.isPending}
              error={codeSignIn.error ? errorMessage(codeSignIn.error) : null}
            />
          ) : (
            <LoginPasswordForm
              onSubmit={(input) => passwordSignIn.mutate(input)}
              isPending={passwordSignIn.isPending}
              error={passwordSignIn.error ? errorMessage(passwordSignIn.error) : null}
            />
          )}
        </section>
        <section className="auth-card" aria-labelledby="login-key-heading">
          <h2 id="login-key-heading">With an API key</h2>
          <LoginKeyForm
            defaultOrgSlug={store.fallback.orgSlug}
            onSubmit={(input) => keySignIn.mutate(input)}
            isPending={keySignIn.isPending}
            error={keySignIn.error ? keyErrorMessage(keySignIn.error) : null}
          />
        </section>
      </div>
    </main>
  );
}

function keyErrorMessage(error: unknown): string {
  return isUnauthorized(error) ? `API key rejected: ${errorMessage(error)}` : errorMessage(error);
}
