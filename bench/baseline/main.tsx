import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { markInteractive } from '../../renderer/src/lib/interactive-mark';

/** The bench's baseline page: bare React 19, one heading, marked interactive the same way as the app. */
function Bare() {
  useEffect(() => markInteractive(), []);
  return <h1>Werkboek Overheidsparticipatie</h1>;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Bare />
    </StrictMode>,
  );
}
