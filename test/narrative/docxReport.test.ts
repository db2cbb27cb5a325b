import JSZip from 'jszip';
import { buildCheckNotes, buildNarrative } from '../../src/engine/narrative';
import { CHECK_NOTES_HEADING } from '../../src/report/docxReport';
import { narrativeInputFromAnalysis } from '../../src/workbook/analyse/narrativeInput';
import { buildReportDocx } from '../../src/report/docxReport';
import { exampleAnalysis } from './fixtures';

/** The visible text of document.xml: runs joined, tags dropped, entities decoded. */
function textOf(xml: string): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return xml
    .replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`)
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => entities[e]);
}

describe('the Word report', () => {
  test('a valid Word package holding the headings, the paragraphs and the scored table', async () => {
    const analysis = await exampleAnalysis('shenzhen-2024.xlsx');
    const paragraphs = buildNarrative(narrativeInputFromAnalysis(analysis));
    const bytes = await buildReportDocx({ paragraphs, scored: analysis.scored, unitName: analysis.unitName, year: analysis.year, kind: '部门整体支出绩效自评报告' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', '_rels/.rels']));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = textOf(xml);
    expect(text).toContain('深圳市科技交流服务中心2024年度部门整体支出绩效自评报告');
    for (const h of ['一、基本情况', '二、绩效自评情况', '三、存在问题及改进措施', '（一）存在问题', '（二）改进措施', '附表：指标得分表']) expect(text).toContain(h);
    expect(text).toContain('96.88');
    expect(text).toContain('1,936.12万元');
    for (const p of paragraphs) expect(text).toContain(p.text);
    // The indicator table: header, a leaf row with its points and score, the total row.
    expect(xml).toContain('<w:tbl>');
    expect(text).toContain('一级指标');
    expect(text).toMatch(/政府采购执行情况\s*2\.00\s*1\.89/);
    expect(text).toMatch(/合计\s*100\.00\s*96\.88/);
  });

  test('the 检查说明 is an appendix on its own page after the table, never among the report’s chapters', async () => {
    const analysis = await exampleAnalysis('national-project.xlsx');
    const input = narrativeInputFromAnalysis(analysis);
    const paragraphs = buildNarrative(input);
    const checkNotes = buildCheckNotes(input);
    expect(checkNotes.map((n) => n.text)).toEqual(['项目完成时限扣1.00分，评分表中未写偏差原因分析，请补充后重新生成报告。']);
    const bytes = await buildReportDocx({ paragraphs, scored: analysis.scored, unitName: analysis.unitName, year: analysis.year, checkNotes });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = textOf(xml);
    const appendix = text.indexOf(CHECK_NOTES_HEADING);
    expect(appendix).toBeGreaterThan(text.indexOf('附表：指标得分表'));
    expect(text.indexOf('1. 项目完成时限扣1.00分，评分表中未写偏差原因分析')).toBeGreaterThan(appendix);
    expect(text.slice(0, appendix)).not.toContain('未写偏差原因分析');
    expect(xml).toContain('<w:pageBreakBefore/>');
  });

  test('a table with a leaf unscored prints 不完整 as its total', async () => {
    const analysis = await exampleAnalysis('shenzhen-2024.xlsx');
    const scored = { ...analysis.scored, complete: false };
    const bytes = await buildReportDocx({ paragraphs: [], scored, unitName: null, year: null });
    const text = textOf(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'));
    expect(text).toMatch(/合计\s*100\.00\s*不完整/);
  });
});
