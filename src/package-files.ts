// Files of the package itself (its built data under dist/, its package.json), found from wherever
// this code runs: compiled a file a module under dist/, bundled into a few files under
// dist/bundle/, or as TypeScript under src/ in the tests. Paths relative to one module's place
// would break as soon as the code moved.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRootAbove(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

const PACKAGE_ROOT = packageRootAbove(dirname(fileURLToPath(import.meta.url)));

/** A file of the package: packageFile('dist', 'gazetteer.bin'). */
export function packageFile(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
