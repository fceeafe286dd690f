// npm run lighthouse [-- --ref HEAD]: builds, serves with the mock, runs Lighthouse on two pages.
import { parseArgs } from 'node:util';
import { runLighthouse } from './lighthouse-audit.ts';
import { buildAndServe } from './lib/build-and-serve.ts';
import { chromiumVersion } from './lib/browser.ts';
import { machineLine } from './lib/machine.ts';

const { values: args } = parseArgs({ options: { ref: { type: 'string' } } });
const server = await buildAndServe({ ref: args.ref });
try {
  console.log(machineLine(chromiumVersion()));
  await runLighthouse(server.origin);
} finally {
  await server.stop();
}
