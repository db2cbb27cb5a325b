import { FRAMEWORKS } from '../../src/frameworks';
import { figureDefsFor } from '../../src/frameworks/commonFigures';
import { frameworkLeaves, leafRule } from '../../src/frameworks/indicatorTree';
import { ruleFigures } from '../../src/engine/ruleFigures';

/** A figure a rule reads but the framework does not declare is never found in 基础数据 nor asked for by the template. */
describe('framework figures', () => {
  test.each(FRAMEWORKS.map((f) => [f.id, f] as const))('%s: every figure a rule reads is declared', (_, framework) => {
    const defs = figureDefsFor(framework.figures);
    const read = frameworkLeaves(framework).flatMap((leaf) => {
      const rule = leafRule(leaf);
      return rule ? ruleFigures(rule) : [];
    });
    expect(read.filter((id) => defs[id] === undefined)).toEqual([]);
  });
});
