import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';

import { BriefingEditor } from './editor/BriefingEditor';
import { LibraryPane } from './library/LibraryPane';
import { ReaderPane } from './reader/ReaderPane';
import { useCorpus } from './state/useCorpus';

/** The window: library, reader and briefing side by side; pane sizes are remembered. */
export function App() {
  const { t } = useTranslation();
  const { state, error } = useCorpus();
  const [selected, setSelected] = useState<string | null>(null);
  const layout = useDefaultLayout({ id: 'dossier-panes', storage: localStorage });

  return (
    <div className="app">
      {error && (
        <div role="alert" className="app-error">
          {error}
        </div>
      )}
      <Group orientation="horizontal" className="panes" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
        <Panel id="library" defaultSize="22%" minSize="12%">
          <section className="pane pane-library" aria-label={t('common.library')}>
            <LibraryPane corpus={state} selected={selected} onSelect={setSelected} />
          </section>
        </Panel>
        <Separator className="pane-separator" aria-label={t('common.resizePanes')} />
        <Panel id="reader" defaultSize="40%" minSize="20%">
          <section className="pane pane-reader" aria-label={t('common.reader')}>
            <ReaderPane file={selected} />
          </section>
        </Panel>
        <Separator className="pane-separator" aria-label={t('common.resizePanes')} />
        <Panel id="briefing" defaultSize="38%" minSize="20%">
          <section className="pane pane-briefing" aria-label={t('common.briefing')}>
            <BriefingEditor />
          </section>
        </Panel>
      </Group>
    </div>
  );
}
