// `npm run bench`: runs every bench/*.bench.ts (or the ones named on the command line) in turn.
// Each prints its figures and writes them to bench/results/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.startsWith(w)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const started = Date.now();
  try {
    const module = (await import(pathToFileURL(join(benchDir, file)).href)) as { run: () => Promise<void> };
    await module.run();
    console.log(`--- ${file} finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failed += 1;
    console.error(`--- ${file} failed:`, error);
  }
}
process.exit(failed > 0 ? 1 : 0);
