import { useTheme, type ThemeChoice } from '../use-theme.ts';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'dark', dark: 'light', light: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'System', dark: 'Dark', light: 'Light' };

/** Cycles system → dark → light; the button says which theme is in force. */
export function ThemeToggle() {
  const [choice, setChoice] = useTheme();
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={() => setChoice(NEXT[choice])}
      aria-label={`Theme: ${LABEL[choice]}. Switch to ${LABEL[NEXT[choice]]}`}
    >
      Theme: {LABEL[choice]}
    </button>
  );
}
