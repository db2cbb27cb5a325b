/**
 * Parts of a workbook that copies written through ExcelJS do not keep (charts, chart sheets, pivot
 * tables, shapes…): the file host finds them when it opens the package, so every command writing a
 * copy can say so. Each test also writes a copy and checks that the part really is missing from it:
 * if a later ExcelJS keeps one of them, the warning must go.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describeDroppedParts, FileHost, type DroppedPart } from '../../src/hosts/file';
import { findDroppedParts } from '../../src/hosts/file/droppedParts';
import { copyWarning } from '../../src/cli/shared/copyWarning';
import { withChartSheet, withEmbeddedChart, withParts, withShape } from './packageParts';

async function plainWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评分表');
  ws.getCell('A1').value = '指标';
  ws.getCell('B1').value = 1;
  // a picture (a seal): pictures are kept, and must not be mistaken for a shape
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'D2:E4');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function copyNames(host: FileHost): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(await host.toBuffer())).files);
}

describe('FileHost.droppedParts', () => {
  test('a workbook ExcelJS can copy whole (cells, a picture) drops nothing and gets no warning', async () => {
    const host = await FileHost.fromBuffer(await plainWorkbook());
    expect(host.droppedParts).toEqual([]);
    expect(copyWarning(host)).toBeNull();
    expect(await copyNames(host)).toContain('xl/media/image1.png');
  });

  test('a chart sheet is found by its name, and its chart is not counted again as a chart', async () => {
    const host = await FileHost.fromBuffer(await withChartSheet(await plainWorkbook(), '得分图'));
    expect(host.droppedParts).toEqual([{ kind: 'chart-sheet', count: 1, names: ['得分图'] }]);
    expect(copyWarning(host)).toBe('注意：副本中未保留原工作簿的图表工作表“得分图”；原文件未改动。');
    const names = await copyNames(host);
    expect(names.filter((n) => /chartsheets|charts\//.test(n))).toEqual([]);
    expect((await host.readSnapshot()).sheets.map((s) => s.name)).toEqual(['评分表']);
  });

  test('charts on worksheets and a chart sheet: “图表（2 个）和图表工作表“得分图””', async () => {
    let bytes = await withEmbeddedChart(await plainWorkbook(), 'chart2');
    bytes = await withEmbeddedChart(bytes, 'chart3');
    bytes = await withChartSheet(bytes, '得分图');
    const host = await FileHost.fromBuffer(bytes);
    expect(copyWarning(host)).toBe('注意：副本中未保留原工作簿的图表（2 个）和图表工作表“得分图”；原文件未改动。');
    expect((await copyNames(host)).filter((n) => n.startsWith('xl/charts/'))).toEqual([]);
    // the picture in the same drawing is kept
    expect(await copyNames(host)).toContain('xl/media/image1.png');
  });

  test('a text box in a drawing is a shape; pivot tables, slicers, macros, links, controls and objects are listed', async () => {
    let bytes = await withShape(await plainWorkbook());
    bytes = await withParts(bytes, [
      'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/slicers/slicer1.xml',
      'xl/vbaProject.bin',
      'xl/externalLinks/externalLink1.xml',
      'xl/ctrlProps/ctrlProp1.xml',
      'xl/ctrlProps/ctrlProp2.xml',
      'xl/embeddings/oleObject1.bin',
      'xl/connections.xml',
    ]);
    const host = await FileHost.fromBuffer(bytes);
    expect(host.droppedParts.map((p) => [p.kind, p.count])).toEqual([
      ['pivot-table', 1],
      ['slicer', 1],
      ['shape', 1],
      ['form-control', 2],
      ['embedded-object', 1],
      ['external-link', 1],
      ['data-connection', 1],
      ['macro', 1],
    ]);
    expect(copyWarning(host)).toBe(
      '注意：副本中未保留原工作簿的数据透视表（1 个）、切片器、形状或文本框（1 个）、表单控件（2 个）、嵌入对象（1 个）、外部链接（1 个）、数据连接和宏（VBA 代码）；原文件未改动。',
    );
    const names = await copyNames(host);
    for (const dropped of ['xl/pivotTables/', 'xl/slicers/', 'xl/vbaProject.bin', 'xl/externalLinks/', 'xl/ctrlProps/', 'xl/embeddings/', 'xl/connections.xml']) {
      expect(names.filter((n) => n.startsWith(dropped))).toEqual([]);
    }
    const drawing = names.find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
    const zip = await JSZip.loadAsync(await host.toBuffer());
    expect(await zip.file(drawing)!.async('string')).not.toContain('说明文字');
  });

  test('a package the finder cannot read gives an empty list, never a throw', async () => {
    expect(await findDroppedParts(Buffer.from('not a zip'))).toEqual([]);
  });

  test('describeDroppedParts: one item, several chart sheets, nothing', () => {
    const part = (kind: DroppedPart['kind'], count: number, names: string[] = []): DroppedPart => ({ kind, count, names });
    expect(describeDroppedParts([part('chart', 3)])).toBe('图表（3 个）');
    expect(describeDroppedParts([part('chart-sheet', 2, ['图1', '图2']), part('macro', 1)])).toBe('图表工作表“图1”“图2”和宏（VBA 代码）');
    expect(describeDroppedParts([])).toBeNull();
  });
});
