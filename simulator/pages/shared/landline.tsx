/**
 * 联系方式2 as the filing site shows it: a fixed `086-` then [区号] - [号码] - [分机] (spec §4.2;
 * design §2 names this split layout). The parts compose one value, `086-0571-88888888[-分机]`.
 */
import { fieldId, Row, useField } from './form';

export interface LandlineParts {
  area: string;
  number: string;
  ext: string;
}

/** `086-0571-88888888-12` → parts; tolerates a missing `086-`/`86-` prefix. */
export function splitLandline(value: string | undefined): LandlineParts {
  const rest = (value ?? '').trim().replace(/^\+?0?86-/, '');
  if (!rest) return { area: '', number: '', ext: '' };
  const [area = '', number = '', ...ext] = rest.split('-');
  return { area, number, ext: ext.join('') };
}

/** Parts → `086-<区号>-<号码>[-<分机>]`; all empty → empty (the field was left blank). */
export function joinLandline(parts: LandlineParts): string {
  const clean = (s: string) => s.replace(/[-\s]/g, '');
  const area = clean(parts.area);
  const number = clean(parts.number);
  const ext = clean(parts.ext);
  if (!area && !number && !ext) return '';
  return `086-${area}-${number}${ext ? `-${ext}` : ''}`;
}

interface LandlineFieldProps {
  fieldKey: string;
  label?: string;
  value: string | undefined;
  onValue: (v: string) => void;
  readOnly?: boolean;
  required?: boolean;
}

export function LandlineField(p: LandlineFieldProps) {
  const hintId = `${fieldId(p.fieldKey)}-hint`;
  const field = useField(p.fieldKey, [], hintId);
  const parts = splitLandline(p.value);
  const set = (part: keyof LandlineParts) => (e: Event) =>
    p.onValue(joinLandline({ ...parts, [part]: (e.currentTarget as HTMLInputElement).value }));
  const shared = {
    readOnly: p.readOnly,
    autoComplete: 'off',
    inputMode: 'numeric' as const,
    ...(field.control['aria-invalid'] ? { 'aria-invalid': 'true' as const } : {}),
    'aria-describedby': field.control['aria-describedby'],
  };
  return (
    <Row
      field={field}
      label={p.label ?? '联系方式2'}
      required={p.required}
      hintId={hintId}
      hint="格式：086-区号-电话号码-分机号（分机号选填）"
    >
      <div class="split" data-field={p.fieldKey} data-value={p.value ?? ''}>
        <span class="fixed">086-</span>
        <input
          {...shared}
          id={field.id}
          name={`${p.fieldKey}.area`}
          class="w-area"
          placeholder="区号"
          maxLength={4}
          value={parts.area}
          onInput={set('area')}
        />
        <span class="fixed">-</span>
        <input
          {...shared}
          id={`${field.id}-number`}
          name={`${p.fieldKey}.number`}
          class="w-number"
          aria-label="电话号码"
          placeholder="电话号码"
          maxLength={8}
          value={parts.number}
          onInput={set('number')}
        />
        <span class="fixed">-</span>
        <input
          {...shared}
          id={`${field.id}-ext`}
          name={`${p.fieldKey}.ext`}
          class="w-ext"
          aria-label="分机号"
          placeholder="分机号"
          maxLength={6}
          value={parts.ext}
          onInput={set('ext')}
        />
      </div>
    </Row>
  );
}
