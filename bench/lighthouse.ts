// npm run lighthouse: builds, serves with the mock, and runs Lighthouse on the fleet and a server page.
import { rmSync } from 'node:fs';
import { runLighthouse } from './lighthouse-audit.ts';
import { buildApp, buildDirFor, freePort, startPreview } from './lib/build-and-serve.ts';
import { chromiumVersion } from './lib/browser.ts';
import { machineLine } from './lib/machine.ts';

const port = await freePort();
const outDir = buildDirFor(port);
console.error(`… building into ${outDir}`);
await buildApp(outDir);
const server = await startPreview({ outDir, port });
try {
  console.log(machineLine(chromiumVersion()));
  await runLighthouse(server.origin);
} finally {
  await server.stop();
  rmSync(outDir, { recursive: true, force: true });
}
