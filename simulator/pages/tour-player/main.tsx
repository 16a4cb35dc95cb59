/**
 * Entry of the tour player (issue 6 item 3), loaded by one script tag on every simulator page. It
 * mounts in its own element and shadow root at the end of <body>, then resumes the tour in progress
 * (sessionStorage) or starts the one the URL asks for (`?tour=<id>&autoplay=fast`).
 */
import { render } from 'preact';
import { player } from './controller';
import { setOverlayHost } from './dom';
import { PLAYER_CSS } from './styles';
import { PlayerApp } from './ui';

declare global {
  interface Window {
    __tourPlayer?: typeof player;
  }
}

function mount(): void {
  if (document.getElementById('icp-tour-player')) return;
  const host = document.createElement('div');
  host.id = 'icp-tour-player';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PLAYER_CSS;
  const root = document.createElement('div');
  shadow.append(style, root);
  document.body.append(host);
  setOverlayHost(host);
  render(<PlayerApp />, root);
  window.__tourPlayer = player;
  player.init();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
else mount();
