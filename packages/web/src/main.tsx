import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './app/i18n';
import { App } from './app/providers';
import { preferredLocale } from './lib/i18n/language';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void initI18n(preferredLocale()).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
