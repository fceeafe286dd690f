// `npm run mock`: serves the mock on 127.0.0.1:8787 and prints how to use it.
import { DEMO_TOTP_SECRET, DEMO_USERS, DEV_API_KEY } from '../auth/auth-store.ts';
import { CLI_HELP, parseCliOptions } from './cli-options.ts';
import { startMockServer } from './server.ts';

async function main(): Promise<void> {
  const { help, ...options } = parseCliOptions(process.argv.slice(2), process.env);
  if (help) {
    console.log(CLI_HELP);
    return;
  }
  const server = await startMockServer(options);
  const users = DEMO_USERS.map(
    (user) => `${user.email} / ${user.password}${user.totpSecret ? ' (TOTP secret below)' : ''}`,
  );
  const faults = Object.entries(server.state.faults).filter(
    ([, value]) =>
      value !== null &&
      value !== false &&
      value !== 0 &&
      !(Array.isArray(value) && value.length === 0),
  );
  console.log(
    [
      `oCore mock API listening on ${server.url}/api`,
      `  API key:     Authorization: Bearer ${DEV_API_KEY}`,
      ...users.map((user) => `  Demo user:   ${user}`),
      `  TOTP secret: ${DEMO_TOTP_SECRET} (RFC 6238, SHA-1, 30 s, 6 digits)`,
      `  Control:     ${server.url}/__mock/faults | /__mock/stats | POST /__mock/expire-tokens`,
      `  Faults:      ${faults.length ? JSON.stringify(Object.fromEntries(faults)) : 'none'}`,
    ].join('\n'),
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
