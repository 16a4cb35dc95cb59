/**
 * The simulator's control API as the player calls it, in the world the tour runs in (design §6
 * worlds): `/__sim/state` of world `tour-x` is `/w/tour-x/__sim/state`.
 */
import { DEFAULT_WORLD, inWorld } from '../../tours/runtime';

export async function simFetch(world: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const url = inWorld(world, path);
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  if (!res.ok) {
    const message = (json as { error?: { message?: string } } | null)?.error?.message ?? text;
    throw new Error(`${method} ${url} → ${res.status}: ${message}`);
  }
  return json;
}

/**
 * Put `world` in the state of `scenario`: the default world (legacy path) is reset; a tour's own
 * world is created, or reset when it is there from an earlier run (409 on create).
 */
export async function openWorld(world: string, scenario: string): Promise<void> {
  if (world !== DEFAULT_WORLD) {
    const res = await fetch('/__sim/worlds', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: world, scenario }),
    });
    if (res.ok) return;
    if (res.status !== 409) {
      const text = await res.text().catch(() => '');
      throw new Error(`POST /__sim/worlds ${world} → ${res.status}: ${text}`);
    }
  }
  await simFetch(world, 'POST', '/__sim/reset', { scenario });
}
