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

/** A framework's names and synonyms, normalised once: every leaf of every table is matched against them. */
interface NameIndex {
  /** normalised name → the first leaf (depth first) carrying it */
  exact: Map<string, FrameworkLeaf>;
  /** names of at least 4 characters, for names cut by a page break */
  long: { key: string; leaf: FrameworkLeaf }[];
  byId: Map<string, FrameworkLeaf>;
}

// frameworks are data that live as long as the process; a WeakMap lets a test's own framework go
const INDEXES = new WeakMap<Framework, NameIndex>();

function nameIndex(framework: Framework): NameIndex {
  const known = INDEXES.get(framework);
  if (known) return known;
  const index: NameIndex = { exact: new Map(), long: [], byId: new Map() };
  for (const leaf of frameworkLeaves(framework)) {
    if (!index.byId.has(leaf.id)) index.byId.set(leaf.id, leaf);
    for (const name of leaf.names) {
      const key = normaliseLabel(name);
      if (!index.exact.has(key)) index.exact.set(key, leaf);
      if (key.length >= 4) index.long.push({ key, leaf });
    }
  }
  INDEXES.set(framework, index);
  return index;
}

/**
 * The framework leaf for a normalised workbook leaf name: an exact match of a name or synonym (spaces,
 * width and quotes ignored), else the one framework leaf with a name that starts with the workbook's
 * (at least 4 characters: a name cut by a page break) or that the workbook's starts with.
 */
function matchKey(key: string, framework: Framework): FrameworkLeaf | null {
  if (key === '') return null;
  const index = nameIndex(framework);
  const exact = index.exact.get(key);
  if (exact) return exact;
  if (key.length < 4) return null;
  let near: FrameworkLeaf | null = null;
  for (const { key: k, leaf } of index.long) {
    if (!(k.startsWith(key) || key.startsWith(k)) || leaf === near) continue;
    if (near) return null;
    near = leaf;
  }
  return near;
}

/**
 * The rule attached to a leaf: an override from the workbook's settings first (a leaf id, or
 * 'none' for a judgement with no rule), else the name match.
 */
export function ruleFor(path: string[], framework: Framework, overrides: Record<string, string>): FrameworkLeaf | null {
  const override = ownEntry(overrides, pathKey(path));
  if (override !== undefined) {
    if (override === 'none' || override === '') return null;
    return nameIndex(framework).byId.get(override) ?? null;
  }
  return matchKey(normaliseLabel(path[path.length - 1] ?? ''), framework);
}

export interface FrameworkChoice {
  framework: Framework;
  matched: number;
  leaves: number;
  /** Chinese, for the run summary */
  note: string;
}

export function chooseFramework(table: DetectedTable, frameworks: readonly Framework[], requested?: string): FrameworkChoice | { error: string } {
  const leafNames = table.rows.filter((r) => r.kind === 'leaf').map((r) => normaliseLabel(r.path[r.path.length - 1] ?? ''));
  const count = (f: Framework) => leafNames.filter((key) => matchKey(key, f) !== null).length;
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
