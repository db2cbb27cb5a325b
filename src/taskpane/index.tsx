/**
 * Entry of the task pane: find the host, get its port from createPort, render the pane in Chinese first.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme, Theme } from '@fluentui/react-components';
import { createPort } from '../hosts/createPort';
import { detectHost } from '../hosts/detectHost';
import { App } from './App';
import { Lang, LangContext, translate } from './i18n';
import { PortContext, PortValue } from './PortContext';
import { messageOf } from './useBusyAction';
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

/** `value` null: no host to serve, or `failure` says why the host could not be reached. */
function Root({ value, failure }: { value: PortValue | null; failure?: string }) {
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
          <p style={{ padding: 16 }}>{failure ?? translate(lang, 'hostNone')}</p>
        )}
      </LangContext.Provider>
    </FluentProvider>
  );
}

async function providePort(): Promise<PortValue | null> {
  const made = await createPort(detectHost());
  return made && { port: made.port, host: made.host, hostLabel: translate('zh', made.host === 'wps' ? 'hostWps' : 'hostExcel'), openWorkbook: made.openWorkbook };
}

async function start(): Promise<void> {
  const element = document.getElementById('root');
  if (!element) return;
  const root = createRoot(element);
  root.render(<p style={{ padding: 16, fontFamily: FONT }}>{translate(initialLang(), 'loadingHost')}</p>);
  try {
    root.render(<Root value={await providePort()} />);
  } catch (e) {
    root.render(<Root value={null} failure={messageOf(e)} />);
  }
}

void start();
