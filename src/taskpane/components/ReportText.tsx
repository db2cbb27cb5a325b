/**
 * The 自评报告 paragraphs as the Word document lays them out: a section title where a section starts,
 * a heading where a paragraph has its own, first lines indented.
 */
import type { ReportContent } from '../../workbook/analyse';
import { useT } from '../i18n';
import { useShared } from '../styles';

export function ReportText({ paragraphs }: { paragraphs: ReportContent['paragraphs'] }) {
  const t = useT();
  const s = useShared();
  let lastSection: string | undefined;
  return (
    <section className={s.section} data-testid="report">
      {paragraphs.length === 0 ? (
        <span className={s.muted}>{t('reportEmpty')}</span>
      ) : (
        paragraphs.map((p, i) => {
          const newSection = p.section !== lastSection ? p.section : null;
          lastSection = p.section;
          return (
            <div key={i}>
              {newSection && <div className={s.sectionTitle} style={{ marginTop: i ? 6 : 0 }}>{newSection}</div>}
              {p.heading && p.heading !== newSection && <div style={{ fontWeight: 600, fontSize: 13, marginTop: 4 }}>{p.heading}</div>}
              <p style={{ margin: '4px 0 0', fontSize: 13, lineHeight: '22px', textIndent: '2em' }}>{p.text}</p>
            </div>
          );
        })
      )}
    </section>
  );
}
