import fs from 'node:fs';
import { expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '@/scripts/lib/server-node-flags';

it('starts the app server with the same node flags in `npm start` as in the tests and the bench', () => {
  const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const start = scripts.start.split(/\s+/);
  expect(start.slice(0, 1 + SERVER_NODE_FLAGS.length)).toEqual(['node', ...SERVER_NODE_FLAGS]);
  expect(start).toContain('node_modules/next/dist/bin/next');
  expect(fs.readFileSync('scripts/demo.sh', 'utf8')).toMatch(/exec npm start\s*$/);
});
