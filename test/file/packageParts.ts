/**
 * Test helpers that add to an .xlsx package the parts ExcelJS neither reads nor writes: a chart sheet,
 * a chart on a worksheet, a text box, and placeholder parts. They are built as Excel lays them out
 * (part, relationships, content type), on bytes ExcelJS wrote.
 */
import JSZip from 'jszip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

const chartXml = (ref: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${ref}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const graphicFrame = (rid: string, name: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;

const anchor = (body: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>22</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;

async function edit(zip: JSZip, part: string, change: (xml: string) => string): Promise<void> {
  zip.file(part, change(await zip.file(part)!.async('string')));
}

const override = (part: string, type: string) => (ct: string) => ct.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`);

/** The first worksheet drawing ExcelJS wrote (the workbook needs a picture on a sheet). */
function firstDrawing(zip: JSZip): string {
  const name = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
  if (!name) throw new Error('the workbook needs a picture, so that it has a drawing');
  return name;
}

/** A chart anchored in the first worksheet's drawing, as xl/charts/<name>.xml. */
export async function withEmbeddedChart(bytes: Buffer, name: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const drawing = firstDrawing(zip);
  const rid = `rId${name}`;
  await edit(zip, drawing, (xml) => xml.replace('</xdr:wsDr>', `${anchor(graphicFrame(rid, name))}</xdr:wsDr>`));
  await edit(zip, drawing.replace('drawings/', 'drawings/_rels/') + '.rels', (xml) =>
    xml.replace('</Relationships>', `<Relationship Id="${rid}" Type="${REL}/chart" Target="../charts/${name}.xml"/></Relationships>`),
  );
  zip.file(`xl/charts/${name}.xml`, chartXml('评分表!$B$1:$B$1'));
  await edit(zip, '[Content_Types].xml', override(`xl/charts/${name}.xml`, CT_CHART));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A chart sheet named `sheetName`, first in the tab order, showing its own chart. */
export async function withChartSheet(bytes: Buffer, sheetName: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(
    'xl/chartsheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
  );
  zip.file(
    'xl/chartsheets/_rels/sheet1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing90.xml"/></Relationships>`,
  );
  zip.file(
    'xl/drawings/drawing90.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666000" cy="6293000"/>${graphicFrame('rId1', 'Chart 1')}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
  );
  zip.file(
    'xl/drawings/_rels/drawing90.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart90.xml"/></Relationships>`,
  );
  zip.file('xl/charts/chart90.xml', chartXml('评分表!$B$1:$B$1'));
  await edit(zip, '[Content_Types].xml', (ct) =>
    [
      override('xl/chartsheets/sheet1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml'),
      override('xl/drawings/drawing90.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'),
      override('xl/charts/chart90.xml', CT_CHART),
    ].reduce((x, f) => f(x), ct),
  );
  await edit(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace('</Relationships>', `<Relationship Id="rIdCS1" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`),
  );
  await edit(zip, 'xl/workbook.xml', (xml) => xml.replace(/<sheets>/, `<sheets><sheet name="${sheetName}" sheetId="90" r:id="rIdCS1"/>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A text box in the first worksheet's drawing. */
export async function withShape(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip, firstDrawing(zip), (xml) =>
    xml.replace(
      '</xdr:wsDr>',
      `${anchor('<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="5" name="TextBox 4"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>说明文字</a:t></a:r></a:p></xdr:txBody></xdr:sp>')}</xdr:wsDr>`,
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Placeholder parts at the given paths (the finder goes by path; ExcelJS drops any part it does not know). */
export async function withParts(bytes: Buffer, parts: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of parts) zip.file(part, '<x/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
