import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import ReviewPanel from '../../src/taskpane/review/ReviewPanel';
import { PortContext } from '../../src/taskpane/PortContext';
import { LangContext, type Lang } from '../../src/taskpane/i18n';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import type { WorkbookPort } from '../../src/workbook/port';
import { analyse } from '../../src/workbook/analyse/analyse';
import { analysed, openExample, sheetOf } from './helpers';

const port: WorkbookPort = {
  readSnapshot: async () => {
    throw new Error('not used');
  },
  applyPlan: async () => {
    throw new Error('not used');
  },
};

function render(analysis: Analysis | null, lang: Lang = 'zh'): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={{ lang, setLang: () => undefined }}>
        <PortContext.Provider value={{ port, hostLabel: 'Excel', openWorkbook: null }}>
          <ReviewPanel analysis={analysis} />
        </PortContext.Provider>
      </LangContext.Provider>
    </FluentProvider>,
  );
}

describe('ReviewPanel (server render)', () => {
  test('lists every leaf with self and system scores and the totals', async () => {
    const { analysis } = await analysed(await openExample('shenzhen-2024.xlsx'));
    const html = render(analysis);
    expect(html).toContain('data-testid="review-panel"');
    expect((html.match(/data-testid="review-leaf-\d+"/g) ?? []).length).toBe(21);
    expect(html).toContain('政府采购执行情况');
    expect(html).toContain('96.88（优）');
  });

  test('workbook text is rendered as text, never as markup', async () => {
    const { snapshot } = await analysed(await openExample('shenzhen-2024.xlsx'));
    sheetOf(snapshot, '评分表').values[4][4] = '预算编制<script>alert(1)</script>合理性';
    const result = analyse(snapshot);
    if (!result.ok) throw new Error(result.message);
    const html = render(result.analysis);
    expect(html).toContain('预算编制&lt;script&gt;alert(1)&lt;/script&gt;合理性');
    expect(html).not.toContain('<script');
  });

  test('without a table it asks for detection first; English when chosen', () => {
    expect(render(null)).toContain('请先在“识别”中找到指标评分表。');
    expect(render(null, 'en')).toContain('Detect the indicator table first.');
  });
});
