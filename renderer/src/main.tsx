import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles/fonts.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/buttons.css';
import './styles/home.css';
import './styles/guide.css';
import './styles/self-analysis.css';
import './styles/pop-op.css';
import './styles/preparation.css';
import './styles/financing.css';
import './styles/team.css';
import './styles/recovery.css';
import './styles/settings.css';
import { App } from './app/app';
import { RecoveryGate } from './app/recovery-gate';
import { installCloseGuard } from './lib/close-guard';
import { useLeaveQuestion } from './lib/leave-question';

const closeGuard = installCloseGuard(window, () => useLeaveQuestion.getState().ask({ kind: 'close' }));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RecoveryGate>
        <App closeAnyway={closeGuard.closeAnyway} />
      </RecoveryGate>
    </StrictMode>,
  );
}
