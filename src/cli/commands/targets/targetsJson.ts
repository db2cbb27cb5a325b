import { highestText, type TargetFinding, type TargetReview, type TargetSheet, type TargetValue } from '../../../workbook/targets';

/** The JSON `perfscore targets --json` writes: decimals as strings, so nothing is rounded on the way. */

function valueJson(v: TargetValue) {
  return { text: v.text, kind: v.kind, sign: v.sign, number: v.number?.toString() ?? null, unit: v.unit };
}

export function targetJson(target: TargetSheet, findings: readonly TargetFinding[], review: TargetReview) {
  return {
    sheet: target.sheet,
    kind: target.kind,
    range: target.range,
    title: target.title,
    overall: target.overall,
    annual: target.annual,
    budget: target.budget ? { label: target.budget.label, cell: target.budget.cell, 万元: target.budget.value.toString() } : null,
    indicators: target.indicators.map((i) => ({
      cell: i.valueCell,
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      category: i.category,
      value: valueJson(i.value),
      weight: i.weight ? { cell: i.weight.cell, value: i.weight.value.toString() } : null,
      lastYear: i.lastYear ? { cell: i.lastYear.cell, value: valueJson(i.lastYear.value) } : null,
    })),
    findings,
    review: {
      sheet: review.sheet,
      exists: review.exists,
      checkpoints: review.checkpoints.map((c) => ({
        part: c.checkpoint.part,
        name: c.checkpoint.name,
        points: c.checkpoint.points,
        highest: highestText(c),
        bounding: c.bounding.map((f) => f.address),
        state: c.state.kind,
        ...(c.state.kind === 'scored' ? { score: c.state.score.toString(), grade: c.state.grade } : {}),
        ...(c.state.kind === 'refused' ? { message: c.state.message } : {}),
      })),
      total: review.total?.toString() ?? null,
      grade: review.grade,
      problems: review.problems,
    },
  };
}
