/**
 * Where the capture plugins leave what they find until the render thread takes it. Astro's
 * renderer hands back only the HTML and its own metadata, not the render's file, so the plugins
 * keep their findings here by the file's path, and `takeCaptured` hands them over once, when the
 * render of that path is done. Each render thread has its own.
 */
import type { Captured } from './entry.ts';

const captured = new Map<string, Captured>();

/** Adds to what the render of `path` captured. */
export function keep(path: string, facts: Captured): void {
  captured.set(path, { ...captured.get(path), ...facts });
}

/** What the render of `path` captured so far, left in place. */
export function capturedSoFar(path: string): Captured | undefined {
  return captured.get(path);
}

/** What the render of `path` captured, handed over once. */
export function takeCaptured(path: string): Captured {
  const facts = captured.get(path) ?? {};
  captured.delete(path);
  return facts;
}
