// The fixture families for the Node side (tests, benches, page generator):
// the JS twin of tests/support/fixtures.h. A family is fixtures/<name>/ with
// an articles/ folder; both lists are sorted, so every run sees one order.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every family's articles folder, fixtures/<family>/articles, sorted by family. */
export function fixtureFamilies(root = ROOT) {
  const dir = path.join(root, 'fixtures');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(dir, d.name, 'articles'))
    .filter((d) => existsSync(d))
    .sort();
}

/** Every fixture article file, family by family, each family's files sorted. */
export function fixtureFiles(root = ROOT) {
  return fixtureFamilies(root).flatMap((dir) => readdirSync(dir).sort().map((f) => path.join(dir, f)));
}
