/** The lights of a form read: the month, the funds, each indicator with what its light rests on, the project's. */
import { fundsBasisText, lightBasisText, type MonitorResult } from '../../workbook/monitor';
import { useShared } from '../styles';
import { LightBadge } from './LightBadge';
import { useMonitorT } from './monitorStrings';

const SOURCES = { form: 'monthForm', default: 'monthDefault', given: 'monthGiven' } as const;

export function MonitorLights({ result }: { result: MonitorResult }) {
  const t = useMonitorT();
  const s = useShared();
  const { form, funds } = result;
  return (
    <section className={s.section} data-testid="monitor-lights">
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{form.projectName || form.sheet}</span>
        <span className={s.muted}>{t('monitorMonth', { month: form.month, source: t(SOURCES[form.monthSource]) })}</span>
      </div>
      {funds && (
        <div data-testid="monitor-funds">
          {t('monitorFunds')} <LightBadge light={funds.light?.light ?? null} unknown={t('lightUnknown')} /> <span className={s.muted}>{fundsBasisText(funds, form.month)}</span>
        </div>
      )}
      <div className={s.muted}>{t('monitorIndicators')}</div>
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {result.indicators.map((o) => (
          <li key={o.row.row} data-testid={`monitor-indicator-${o.row.row + 1}`}>
            <LightBadge light={o.light} unknown={t('lightUnknown')} /> {o.row.name} <span className={s.muted}>{lightBasisText(o, form.month)}</span>
          </li>
        ))}
      </ul>
      <div data-testid="monitor-project">
        {t('monitorProject')} <LightBadge light={result.projectLight} unknown={t('lightUnknown')} />
      </div>
    </section>
  );
}
