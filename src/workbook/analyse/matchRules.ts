import { ownEntry } from '../../engine/ownKey';
import type { Framework, FrameworkLeaf } from '../../frameworks/types';
import { TABLE_ONLY_FRAMEWORK } from '../../frameworks/tableOnly';
import { frameworkLeaves } from '../../frameworks/indicatorTree';
import type { DetectedTable } from '../read';
import { normaliseLabel } from '../read';
import { isNationalProjectForm } from '../forms';

/**
 * Attaches framework rules to the workbook's leaves by name and synonyms, and picks the framework
 * that knows most of the table's leaf names.
 */

/** Key for a leaf path in overrides and lookups: names joined by “/”, normalised. */
export function pathKey(path: string[]): string {
  return path.map(normaliseLabel).join('/');
}

/**
 * The framework leaf for a workbook leaf name: an exact match of a name or synonym (spaces, width and
 * quotes ignored), else the one framework name that starts with the workbook's (at least 4 characters:
 * a name cut by a page break) or that the workbook's starts with.
 */
function matchLeaf(name: string, framework: Framework): FrameworkLeaf | null {
  const key = normaliseLabel(name);
  if (key === '') return null;
  const leaves = frameworkLeaves(framework);
  for (const leaf of leaves) if (leaf.names.some((n) => normaliseLabel(n) === key)) return leaf;
  if (key.length < 4) return null;
  const near = leaves.filter((leaf) =>
    leaf.names.some((n) => {
      const k = normaliseLabel(n);
      return k.length >= 4 && (k.startsWith(key) || key.startsWith(k));
    }),
  );
  return near.length === 1 ? near[0] : null;
}

/**
 * The rule attached to a leaf: an override from the workbook's settings first (a leaf id, or
 * 'none' for a judgement with no rule), else the name match.
 */
export function ruleFor(path: string[], framework: Framework, overrides: Record<string, string>): FrameworkLeaf | null {
  const override = ownEntry(overrides, pathKey(path));
  if (override !== undefined) {
    if (override === 'none' || override === '') return null;
    return frameworkLeaves(framework).find((l) => l.id === override) ?? null;
  }
  return matchLeaf(path[path.length - 1] ?? '', framework);
}

export interface FrameworkChoice {
  framework: Framework;
  matched: number;
  leaves: number;
  /** Chinese, for the run summary */
  note: string;
}

export function chooseFramework(table: DetectedTable, frameworks: readonly Framework[], requested?: string): FrameworkChoice | { error: string } {
  const leafNames = table.rows.filter((r) => r.kind === 'leaf').map((r) => r.path[r.path.length - 1] ?? '');
  const count = (f: Framework) => leafNames.filter((n) => matchLeaf(n, f) !== null).length;
  if (requested !== undefined) {
    if (requested === TABLE_ONLY_FRAMEWORK.id) {
      return { framework: TABLE_ONLY_FRAMEWORK, matched: 0, leaves: leafNames.length, note: `使用${TABLE_ONLY_FRAMEWORK.title}。` };
    }
    const framework = frameworks.find((f) => f.id === requested);
    if (!framework) {
      return { error: `未知的指标体系“${requested}”。可用的有：${frameworks.map((f) => `${f.id}（${f.title}）`).join('、')}。` };
    }
    const matched = count(framework);
    return { framework, matched, leaves: leafNames.length, note: `使用指定的指标体系“${framework.title}”，${leafNames.length} 个末级指标中 ${matched} 个匹配到规则。` };
  }
  const isIndicatorForm = table.columns.target !== undefined && table.columns.actual !== undefined;
  let best: { framework: Framework; score: number; matched: number } | null = null;
  for (const framework of frameworks) {
    if (framework.selectedOnly) continue;
    const matched = count(framework);
    // The national form is recognised by its 年度指标值 / 实际完成值 columns rather than by names.
    const score = isNationalProjectForm(framework) ? (isIndicatorForm ? leafNames.length + matched + 1 : 0) : isIndicatorForm ? matched / 2 : matched;
    if (score > 0 && (!best || score > best.score)) best = { framework, score, matched };
  }
  if (!best) {
    return {
      framework: TABLE_ONLY_FRAMEWORK,
      matched: 0,
      leaves: leafNames.length,
      note: `没有指标体系能匹配表中的末级指标名称，全部按表内得分作为评判分检查与汇总。`,
    };
  }
  return {
    framework: best.framework,
    matched: best.matched,
    leaves: leafNames.length,
    note: isNationalProjectForm(best.framework)
      ? `按“${best.framework.title}”评分（表中有年度指标值与实际完成值）。`
      : `按“${best.framework.title}”评分：${leafNames.length} 个末级指标中 ${best.matched} 个匹配到规则。`,
  };
}
