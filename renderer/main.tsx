import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'prosemirror-view/style/prosemirror.css';
import 'prosemirror-tables/style/tables.css';
import './styles/app.css';
import { ApiProvider } from './api/ApiContext.js';
import { connectToCore } from './api/transport.js';
import { App } from './app/App.js';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render into.');
const core = connectToCore();
createRoot(container).render(
  <StrictMode>
    <ApiProvider client={core.api}>
      <App onMenuCommand={core.onMenuCommand} />
    </ApiProvider>
  </StrictMode>,
);
