import './components/presscut-app.ts';
import { effectiveTheme } from './theme.ts';

// Before the settings arrive, follow the system, so a dark desktop never flashes a light window.
document.documentElement.dataset.theme = effectiveTheme('system');
