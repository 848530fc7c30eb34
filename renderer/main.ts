import './components/presscut-app.ts';
import { applyAppearance, effectiveTheme, rememberedAppearance } from './theme.ts';

// Before the settings arrive: the appearance last shown, else the system's theme, so a dark
// desktop or a sepia reader never flashes a light window.
const remembered = rememberedAppearance();
if (remembered) applyAppearance(remembered);
else document.documentElement.dataset.theme = effectiveTheme('system');
