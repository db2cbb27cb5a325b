/**
 * The pane's first screen before any 识别: what PerfScore does in three steps, what a suitable
 * workbook looks like (a few rows of an indicator table and of 基础数据, as units print them), and
 * 打开示例工作簿. Rows of a workbook are shown as workbook text (data-workbook): they stay Chinese in
 * English mode, as they would in the user's own file.
 */
import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n';
import { usePort } from '../PortContext';
import { useShared } from '../styles';
import { Notice, Spinner } from '../components/ui';
import { messageOf } from '../useBusyAction';
import type { ExampleOutcome } from './openExample';

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', rowGap: '6px', fontSize: tokens.fontSizeBase200 },
  stepName: { fontWeight: tokens.fontWeightSemibold },
  sample: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase200 },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

// a few rows of examples/shenzhen-2024.xlsx, as its 评分表 and 基础数据 print them
const TABLE_HEAD = ['三级指标', '分值', '评分标准', '得分'];
const TABLE_ROWS = [
  ['政府采购执行情况', '2', '政府采购执行率 × 1 分；政策功能执行情况 1 分', '1.89'],
  ['固定资产利用率', '1', '≥90% 得 1 分；75%≤利用率<90% 得 0.7 分', '1'],
];
const DATA_HEAD = ['项目', '数值', '单位'];
const DATA_ROWS = [
  ['政府采购计划金额', '5.34', '万元'],
  ['实际采购金额', '4.73', '万元'],
];

function SampleTable({ head, rows, label }: { head: string[]; rows: string[][]; label: string }) {
  const s = useShared();
  const c = useStyles();
  return (
    <div className={s.tableWrap} data-workbook>
      <table className={`${s.table} ${c.sample}`} aria-label={label}>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, i) => (
                <td key={i} className={i === 1 || i === 3 ? s.num : undefined} style={i === 0 ? { whiteSpace: 'nowrap' } : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FirstRun() {
  const t = useT();
  const s = useShared();
  const c = useStyles();
  const { openWorkbook } = usePort();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExampleOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onOpen = async () => {
    setBusy(true);
    setError(null);
    try {
      const { openExample } = await import(/* webpackChunkName: "example" */ './openExample');
      setOutcome(await openExample(openWorkbook));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={s.section} aria-label={t('firstRunTitle')} data-testid="first-run">
      <span className={s.sectionTitle}>{t('firstRunTitle')}</span>
      <ol className={c.steps}>
        <li>
          <span className={c.stepName}>{t('firstRunStep1Name')}</span> {t('firstRunStep1')}
        </li>
        <li>
          <span className={c.stepName}>{t('firstRunStep2Name')}</span> {t('firstRunStep2')}
        </li>
        <li>
          <span className={c.stepName}>{t('firstRunStep3Name')}</span> {t('firstRunStep3')}
        </li>
      </ol>
      <span className={s.sectionTitle}>{t('firstRunExpects')}</span>
      <span className={c.caption}>{t('firstRunTable')}</span>
      <SampleTable head={TABLE_HEAD} rows={TABLE_ROWS} label={t('firstRunTableLabel')} />
      <span className={c.caption}>{t('firstRunData')}</span>
      <SampleTable head={DATA_HEAD} rows={DATA_ROWS} label={t('firstRunDataLabel')} />
      <div className={s.actions}>
        <Button appearance="secondary" onClick={() => void onOpen()} disabled={busy} icon={busy ? <Spinner /> : undefined}>
          {t('openExample')}
        </Button>
      </div>
      <span className={c.caption}>{openWorkbook ? t('openExampleHintWindow') : t('openExampleHintDownload')}</span>
      {outcome?.how === 'opened' && <Notice intent="success">{t('exampleOpened')}</Notice>}
      {outcome?.how === 'downloaded' && (
        <Notice intent={outcome.refused ? 'warning' : 'success'}>
          {outcome.refused ? t('exampleRefused', { why: outcome.refused }) + ' ' : ''}
          {t('exampleDownloaded', { file: outcome.file })}
        </Notice>
      )}
      {outcome?.how === 'unavailable' && <Notice intent="warning">{t('exampleUnavailable')}</Notice>}
      {error && <Notice intent="error">{error}</Notice>}
    </section>
  );
}
