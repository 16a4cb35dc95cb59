/** The presenter's keys: →/Space/PageDown next, ←/PageUp back, Home restart, P presenter, Esc minimise. */
import { useEffect } from 'preact/hooks';
import { type PlayerState, player } from './controller';

function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return (
    el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.getAttribute('role') === 'slider'
  );
}

/** →/Space/PageDown next, ←/PageUp previous, Home restart, P presenter, Esc minimise. */
export function useKeyboard(s: PlayerState | null) {
  useEffect(() => {
    if (!s || s.hidden) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // The confirmation dialog has the keyboard to itself.
      if (player.pendingStart) return;
      const inPlayer = e.composedPath().some((n) => n instanceof Element && n.id === 'icp-tour-player');
      const target = e.composedPath()[0] ?? e.target;
      // During a mistake the player itself holds focus in the field (so the hint stays open): its keys still work.
      const playerFocus = player.state?.phase === 'mistake' && target === player.anchorEl;
      const editing = isEditable(target) && !playerFocus;
      // Presenter remotes send PageDown/PageUp: honoured everywhere. Other keys not while typing in a field.
      const remote = e.key === 'PageDown' || e.key === 'PageUp';
      if (editing && !remote) return;
      // Space and Enter on the player's own buttons press those buttons.
      if (inPlayer && (e.key === ' ' || e.key === 'Enter')) return;
      let handled = true;
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
        case ' ':
          player.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          player.previous();
          break;
        case 'Home':
          player.restart();
          break;
        case 'p':
        case 'P':
          player.update({ presenter: !player.state?.presenter });
          break;
        case 'Escape':
          player.update({ hidden: true });
          break;
        default:
          handled = false;
      }
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [s, s?.hidden]);
}
