/** The player's styles, inside its shadow root only (`:host` resets inheritance from the page). */
export const PLAYER_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.player, .launcher-wrap {
  font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif;
  font-size: 14px; line-height: 1.5; color: #1f2937;
}
button, select { font: inherit; }
button {
  cursor: pointer; border: 1px solid #cbd5e1; background: #fff; color: #1f2937;
  border-radius: 6px; padding: 4px 10px;
}
button:hover:not(:disabled) { background: #f1f5f9; }
button:disabled { opacity: .45; cursor: default; }
button.primary { background: #c2410c; border-color: #c2410c; color: #fff; }
button.primary:hover:not(:disabled) { background: #9a3412; }
button:focus-visible, select:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
.en { color: #64748b; margin-left: 4px; font-size: .9em; }

.launcher-wrap { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; display: flex; flex-direction: column; align-items: flex-end; gap: 8px; }
.launcher { background: #c2410c; color: #fff; border: none; border-radius: 999px; padding: 8px 16px; box-shadow: 0 4px 14px rgba(0,0,0,.25); font-weight: 600; }
.launcher:hover { background: #9a3412 !important; }
.launcher .en { color: #ffedd5; }
.menu { width: 420px; max-height: 70vh; overflow: auto; background: #fff; border: 1px solid #e2e8f0; border-radius: 10px; box-shadow: 0 10px 30px rgba(0,0,0,.25); padding: 12px; }
.menu-head { margin-bottom: 8px; }
.menu-note { font-size: 12px; color: #475569; margin: 0 0 8px; }
.menu-current { border: 1px solid #fed7aa; background: #fff7ed; border-radius: 8px; padding: 8px; margin-bottom: 8px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.menu-current > div { width: 100%; }
.tours { list-style: none; margin: 0; padding: 0; }
.tours li { border-top: 1px solid #f1f5f9; padding: 8px 0; }
.tour-title { font-weight: 600; }
.tour-title.en { font-weight: 400; margin-left: 0; }
.tour-summary { color: #475569; font-size: 13px; margin: 2px 0; }
.tour-meta { color: #94a3b8; font-size: 12px; }
.row { display: flex; gap: 6px; margin-top: 4px; }

.backdrop { position: fixed; inset: 0; background: rgba(15,23,42,.45); z-index: 2147483001; display: flex; align-items: center; justify-content: center; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif; font-size: 15px; line-height: 1.5; color: #1f2937; }
.confirm { background: #fff; border-radius: 10px; border-top: 4px solid #c2410c; box-shadow: 0 10px 30px rgba(0,0,0,.3); padding: 16px 20px; max-width: 520px; }
.confirm h2 { font-size: 18px; margin: 0 0 8px; }
.confirm p { margin: 0 0 12px; }
.confirm .row { gap: 8px; }
.player { position: fixed; inset: 0; pointer-events: none; z-index: 2147483000; }
.ring { position: fixed; border: 3px solid #f59e0b; border-radius: 8px; box-shadow: 0 0 0 4px rgba(245,158,11,.3); pointer-events: none; transition: all .15s ease; }
.card {
  position: fixed; pointer-events: auto; background: #fff; border: 1px solid #e2e8f0; border-top: 4px solid #c2410c;
  border-radius: 10px; box-shadow: 0 10px 30px rgba(0,0,0,.28); padding: 10px 12px; max-height: calc(100vh - 24px); overflow: auto;
}
.card.is-mistake { border-top-color: #dc2626; }
.card.is-failed { border-top-color: #7f1d1d; }
.head { display: flex; align-items: center; gap: 8px; }
.tour-name { font-weight: 600; flex: 1; }
.count { color: #64748b; font-size: 12px; white-space: nowrap; }
.icon { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
.progress { height: 4px; background: #f1f5f9; border-radius: 2px; margin: 6px 0; }
.bar { height: 100%; background: #c2410c; border-radius: 2px; transition: width .2s; }
.status { color: #92400e; font-size: 13px; margin: 4px 0; }
.badge { display: inline-block; background: #dc2626; color: #fff; border-radius: 4px; padding: 0 6px; font-size: 12px; margin-bottom: 4px; }
.step-title { font-size: 12px; color: #64748b; }
.callout { margin: 4px 0 8px; font-size: 15px; white-space: pre-line; }
.hint { font-size: 13px; margin: 0 0 8px; }
.hint.ok { color: #15803d; }
.hint.missing { color: #92400e; }
.quote { display: block; margin-top: 2px; padding: 4px 8px; border-left: 3px solid #dc2626; background: #fef2f2; color: #1f2937; quotes: "「" "」"; }
:lang(en) .quote { quotes: "\\201C" "\\201D"; }
.error { background: #fef2f2; border: 1px solid #fecaca; color: #7f1d1d; border-radius: 6px; padding: 6px 8px; margin: 6px 0; font-size: 13px; word-break: break-word; }
.error div { margin-top: 6px; }
.controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 6px; }
.controls.small { font-size: 12px; }
.controls.small button, .controls.small select { padding: 2px 8px; }
.controls .next { margin-left: auto; }
.keys { color: #94a3b8; font-size: 11px; margin-top: 6px; }

.list { position: fixed; pointer-events: auto; background: #fff; border: 1px solid #e2e8f0; border-radius: 10px; box-shadow: 0 10px 30px rgba(0,0,0,.2); overflow: auto; padding: 6px; }
.list-head { display: flex; align-items: center; gap: 6px; position: sticky; top: -6px; background: #fff; padding: 2px 2px 6px; font-weight: 600; }
.list-head span { flex: 1; }
.list .chapter { font-weight: 600; color: #9a3412; font-size: 12px; margin: 8px 4px 2px; border-bottom: 1px solid #fed7aa; }
.list .mistake-mark { color: #b91c1c; font-size: 11px; }
.presenter .list .chapter { font-size: 16px; }
.list ol { list-style: none; margin: 0; padding: 0; }
.list li button { width: 100%; text-align: left; border: none; border-radius: 4px; padding: 3px 6px; font-size: 12px; }
.list li.current button { background: #ffedd5; font-weight: 600; }
.list li.ok .n { background: #dcfce7; }
.list li.bad .n { background: #fee2e2; }
.list .n { display: inline-block; min-width: 22px; text-align: center; border-radius: 3px; background: #f1f5f9; margin-right: 4px; }

.presenter .card { padding: 16px 20px; }
.presenter .tour-name { font-size: 20px; }
.presenter .count { font-size: 16px; }
.presenter .step-title { font-size: 18px; }
.presenter .callout { font-size: 28px; line-height: 1.45; }
.presenter .badge { font-size: 18px; }
.presenter .hint { font-size: 20px; }
.presenter .controls button { font-size: 18px; padding: 6px 14px; }
.presenter .list li button { font-size: 16px; }
.presenter .ring { border-width: 5px; }
`;
