/** Where the package's own files (content/, templates/, examples/) are, from source or from the bundle. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'content'))) {
      root = dir;
      return root;
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('inkoop: cannot find the package folder (content/ is missing)');
    dir = parent;
  }
}

export function bundledPath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
