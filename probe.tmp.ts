import { FileHost } from './src/hosts/file';
import { analyse } from './src/workbook';
import { parseStandard, printReading } from './src/workbook/rules';
import { cellText } from './src/workbook/read';
(async () => {
  const snap = await (await FileHost.open(process.argv[2])).readSnapshot();
  const r = analyse(snap); if (!r.ok) throw new Error(r.message);
  const a = r.analysis; const sheet = snap.sheets.find((s) => s.name === a.table.sheet)!;
  for (const leaf of a.layout.leaves) {
    const text = a.table.columns.standard !== undefined ? cellText(sheet, leaf.row, a.table.columns.standard) : '';
    const def = a.table.columns.description !== undefined ? cellText(sheet, leaf.row, a.table.columns.description) : '';
    const reading = parseStandard({ text, points: leaf.points.toString(), ...(def ? { definition: def } : {}) });
    console.log(leaf.path.at(-1), '|', leaf.rule?.kind ?? '-', '|', reading.kind, '|', reading.kind === 'not-understood' || reading.kind === 'judgement' || reading.kind === 'ambiguous' ? (reading as any).why : printReading(reading));
  }
})();
