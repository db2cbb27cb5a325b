/**
 * Interim entry of the WPS task pane page, used by webpack.wps.config.js only while the shared entry
 * (src/taskpane/index.tsx) does not yet take the port bootstrap.ts provides. It renders the same App
 * with the same providers; once the shared entry reads `window.__PERF_PORT__`, the build uses it.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../taskpane/App';
import { Lang, LangContext, translate } from '../../taskpane/i18n';
import { PortContext } from '../../taskpane/PortContext';
import { FONT } from '../../taskpane/styles';

function Root() {
  const [lang, setLang] = useState<Lang>('zh');
  const provided = window.__PERF_PORT__ ? window.__PERF_PORT__() : null;
  return (
    <FluentProvider theme={{ ...webLightTheme, fontFamilyBase: FONT }} style={{ fontFamily: FONT }}>
      <LangContext.Provider value={{ lang, setLang }}>
        {provided ? (
          <PortContext.Provider value={provided}>
            <App />
          </PortContext.Provider>
        ) : (
          <p style={{ padding: 16 }}>{translate(lang, 'hostNone')}</p>
        )}
      </LangContext.Provider>
    </FluentProvider>
  );
}

const element = document.getElementById('root');
if (element) createRoot(element).render(<Root />);
