/**
 * Runs `then` once the browser has painted the next frame; returns a function
 * that cancels it. For work the writer need not wait for before seeing what
 * they did: the first check of a draft, the toolbar catching up with a key.
 */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A timeout set in an animation frame callback fires after that frame is painted.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
