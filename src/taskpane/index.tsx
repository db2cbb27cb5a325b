/**
 * Entry of the task pane: find the host, build its port, render the pane in Chinese first.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme, Theme } from '@fluentui/react-components';
import { whenHostReady } from '../hosts/detectHost';
import { ExcelPort } from '../hosts/excel/ExcelPort';
import { App } from './App';
import { Lang, LangContext, translate } from './i18n';
import { PortContext, PortValue } from './PortContext';
import { FONT } from './styles';

const theme: Theme = { ...webLightTheme, fontFamilyBase: FONT };

function initialLang(): Lang {
  try {
    const saved = window.localStorage.getItem('perfscore.lang');
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // storage may be blocked in the Office webview; Chinese is the default anyway
  }
  return 'zh';
}

function Root({ value }: { value: PortValue | null }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = (next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem('perfscore.lang', next);
    } catch {
      // not saved: the choice lasts for this session
    }
  };
  return (
    <FluentProvider theme={theme} style={{ fontFamily: FONT }}>
      <LangContext.Provider value={{ lang, setLang }}>
        {value ? (
          <PortContext.Provider value={value}>
            <App />
          </PortContext.Provider>
        ) : (
          <p style={{ padding: 16 }}>{translate(lang, 'hostNone')}</p>
        )}
      </LangContext.Provider>
    </FluentProvider>
  );
}

/**
 * A host page may offer its own port (the WPS page does, as window.__PERF_PORT__); otherwise the
 * pane runs in Excel once Office is ready.
 */
async function providePort(): Promise<PortValue | null> {
  const offered = (window as unknown as { __PERF_PORT__?: () => PortValue }).__PERF_PORT__;
  if (typeof offered === 'function') return offered();
  const host = await whenHostReady();
  return host === 'excel' ? { port: new ExcelPort(), hostLabel: translate('zh', 'hostExcel') } : null;
}

async function start(): Promise<void> {
  const element = document.getElementById('root');
  if (!element) return;
  const root = createRoot(element);
  root.render(<p style={{ padding: 16, fontFamily: FONT }}>{translate(initialLang(), 'loadingHost')}</p>);
  root.render(<Root value={await providePort()} />);
}

void start();
