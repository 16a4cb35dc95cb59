import type { Bilingual } from '../../../shared/domain/bilingual';

/** `2018-11-26T09:00:00+08:00` → `2018-11-26 09:00` (the simulator's times carry the China offset). */
export function fmtTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

export function fmtDate(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '—';
}

export function fmtSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function zh(text: Bilingual | string | undefined | null): string {
  if (!text) return '';
  return typeof text === 'string' ? text : text.zh;
}

/** `13812345678` → `138****5678`. */
export function maskMobile(m: string): string {
  return /^\d{11}$/.test(m) ? `${m.slice(0, 3)}****${m.slice(7)}` : m;
}
