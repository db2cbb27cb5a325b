import * as fs from 'fs';
import * as path from 'path';
import { deterministicBuffer, EXAMPLES } from '../../scripts/make-examples';

const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', 'examples');

describe('examples/*.xlsx are what scripts/make-examples.ts builds', () => {
  test.each(EXAMPLES.map((e) => [e.file, e.build] as const))('%s is rebuilt byte for byte (run npm run examples after changing the script)', async (file, build) => {
    const committed = fs.readFileSync(path.join(EXAMPLES_DIR, file));
    const rebuilt = await deterministicBuffer(build());
    expect(rebuilt.equals(committed)).toBe(true);
  });
});
