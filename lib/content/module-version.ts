import { createHash } from 'node:crypto';
import type { TContentFile } from './read-tree';

/** A short, stable hash of a module's files: any edit to the module gives it a new version. */
export function moduleVersion(files: ReadonlyArray<TContentFile | undefined>): string {
  const hash = createHash('sha256');
  for (const file of files) {
    if (!file) continue;
    // File names are hashed too, so moving text between files also changes the version.
    hash
      .update(file.path.split('/').at(-1) ?? '')
      .update('\0')
      .update(file.text)
      .update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
