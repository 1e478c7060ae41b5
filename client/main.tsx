import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerGridModules } from './grid/setup.ts';
import { App } from './app/App.tsx';
import './styles.css';

registerGridModules();

const root = document.getElementById('root');
if (!root) throw new Error('Element #root ontbreekt in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
