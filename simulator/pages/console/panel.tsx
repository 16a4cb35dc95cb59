import { Bi, Notice } from '../shared/form';

/** What every console panel gets: a tick that changes whenever any panel changed the world. */
export interface PanelProps {
  /** Changes whenever any panel changed the state: every panel reloads. */
  tick: number;
  changed: () => void;
}

export function ActionError({ error }: { error?: { text: { zh: string; en: string } } }) {
  return error ? (
    <Notice kind="error">
      <Bi text={error.text} />
    </Notice>
  ) : null;
}
