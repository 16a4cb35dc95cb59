/**
 * The two captchas (simulator/API.md §1): the filing site's 4-character picture captcha and the
 * bureau's slider puzzle (spec §6.4). Each captcha is single-use, so forms reload it after every try
 * by bumping `reloadKey`. The slider is keyboard-operable (arrows, Page Up/Down, Home/End).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from './api';
import { FieldMessages, Row, useField } from './form';
import type { PictureCaptcha, PuzzleCaptcha } from './types';

export interface CaptchaValue {
  captchaId: string;
  captcha: string;
}

function useCaptcha<T>(kind: 'picture' | 'puzzle', reloadKey: number, onLoaded: (c: T) => void) {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [own, setOwn] = useState(0);
  const loaded = useRef(onLoaded);
  loaded.current = onLoaded;
  // Reload when either key changes.
  useEffect(() => {
    let live = true;
    api
      .get<T>(`/api/captcha?kind=${kind}`)
      .then((c) => {
        if (!live) return;
        setData(c);
        setFailed(false);
        loaded.current(c);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [kind, reloadKey, own]);
  return { data, failed, reload: () => setOwn((n) => n + 1) };
}

interface PictureProps {
  value: CaptchaValue;
  onValue: (v: CaptchaValue) => void;
  reloadKey: number;
}

/** 验证码: image + input + 换一张. Field key `captcha`. */
export function PictureCaptchaField({ value, onValue, reloadKey }: PictureProps) {
  const field = useField('captcha', ['captchaId'], 'f-captcha-hint');
  const { data, failed, reload } = useCaptcha<PictureCaptcha>('picture', reloadKey, (c) =>
    onValue({ captchaId: c.id, captcha: '' }),
  );
  return (
    <Row field={field} label="验证码" required hintId="f-captcha-hint" hint="请输入图片中的字符，不区分大小写">
      <div class="inline captcha-picture">
        <input
          {...field.control}
          name="captcha"
          class="w-captcha"
          autoComplete="off"
          maxLength={data?.length ?? 4}
          value={value.captcha}
          onInput={(e) => onValue({ captchaId: value.captchaId, captcha: (e.currentTarget as HTMLInputElement).value })}
        />
        {data ? <img src={data.image} alt="验证码图片" width={100} height={36} /> : null}
        {failed ? <span class="muted">验证码加载失败</span> : null}
        <button type="button" class="link" onClick={reload}>
          换一张
        </button>
      </div>
    </Row>
  );
}

const KEY_STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 10,
  PageDown: -10,
};

interface SliderProps {
  /** Current offset in px. */
  value: number;
  max: number;
  onValue: (v: number) => void;
  label: string;
  describedBy?: string;
  invalid?: boolean;
  id?: string;
}

/** A slider handle (role=slider): drag with the pointer, or use the keyboard. */
export function SliderHandle({ value, max, onValue, label, describedBy, invalid, id }: SliderProps) {
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<{ startX: number; startValue: number } | null>(null);
  const clamp = (v: number) => Math.max(0, Math.min(max, Math.round(v)));
  const onKeyDown = (e: KeyboardEvent) => {
    let next: number | undefined;
    if (e.key in KEY_STEPS) next = value + (KEY_STEPS[e.key] ?? 0) * (e.shiftKey ? 10 : 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = max;
    if (next === undefined) return;
    e.preventDefault();
    onValue(clamp(next));
  };
  return (
    <div class="slider-track" ref={track}>
      <div class="slider-fill" style={{ width: `${value}px` }} />
      <div
        id={id}
        class="slider-handle"
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={`${value} 像素`}
        aria-describedby={describedBy}
        aria-invalid={invalid ? 'true' : undefined}
        style={{ left: `${value}px` }}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          drag.current = { startX: e.clientX, startValue: value };
          (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
        }}
        onPointerMove={(e) => {
          if (drag.current) onValue(clamp(drag.current.startValue + e.clientX - drag.current.startX));
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
      >
        ⇨
      </div>
    </div>
  );
}

interface PuzzleProps {
  captcha: PuzzleCaptcha | null;
  offset: number;
  onOffset: (x: number) => void;
  onReload?: () => void;
}

/** The puzzle picture with its piece at the slider's offset, and the slider under it. Key `captcha`. */
export function PuzzleCaptchaView({ captcha, offset, onOffset, onReload }: PuzzleProps) {
  const field = useField('captcha', ['captchaId'], 'f-captcha-hint');
  const [pieceWidth, setPieceWidth] = useState(44);
  const width = captcha?.width ?? 300;
  const height = captcha?.height ?? 150;
  const max = Math.max(0, width - pieceWidth);
  return (
    <div class={`puzzle ${field.findings.length ? 'has-error' : ''}`} style={{ width: `${width}px` }}>
      <div class="puzzle-picture" style={{ width: `${width}px`, height: `${height}px` }}>
        {captcha ? <img src={captcha.image} alt="拼图验证码背景" width={width} height={height} /> : null}
        {captcha ? (
          <img
            class="puzzle-piece"
            src={captcha.piece}
            alt=""
            style={{ left: `${offset}px`, top: `${captcha.pieceY}px` }}
            onLoad={(e) => {
              const w = (e.currentTarget as HTMLImageElement).naturalWidth;
              if (w > 0 && w < width) setPieceWidth(w);
            }}
          />
        ) : null}
        {onReload ? (
          <button type="button" class="puzzle-reload" onClick={onReload} aria-label="换一张拼图">
            ↻
          </button>
        ) : null}
      </div>
      <SliderHandle
        id={field.id}
        value={offset}
        max={max}
        onValue={onOffset}
        label="拖动滑块完成拼图"
        describedBy={['f-captcha-hint', field.findings.length ? field.messageId : ''].filter(Boolean).join(' ')}
        invalid={field.findings.some((f) => f.severity === 'error')}
      />
      <div class="hint" id="f-captcha-hint">
        向右拖动滑块（或用方向键）使拼图块与缺口对齐
      </div>
      <FieldMessages field={field} />
    </div>
  );
}

/** Loads a puzzle captcha and reports `{captchaId, captcha}` as the slider moves. */
export function PuzzleCaptchaField({ onValue, reloadKey }: { onValue: (v: CaptchaValue) => void; reloadKey: number }) {
  const [offset, setOffset] = useState(0);
  const { data, reload } = useCaptcha<PuzzleCaptcha>('puzzle', reloadKey, (c) => {
    setOffset(0);
    onValue({ captchaId: c.id, captcha: '0' });
  });
  return (
    <PuzzleCaptchaView
      captcha={data}
      offset={offset}
      onOffset={(x) => {
        setOffset(x);
        if (data) onValue({ captchaId: data.id, captcha: String(x) });
      }}
      onReload={reload}
    />
  );
}
