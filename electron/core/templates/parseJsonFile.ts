export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * JSON.parse with an error a template author can act on: V8 reports a
 * character offset ("at position 1234"), which is useless in a long file, so
 * it is turned into a line and column.
 */
export function parseJsonFile(text: string): JsonParse {
  // A byte-order mark is invisible in editors and is not an error worth reporting.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The file is not valid JSON: ${withLineAndColumn(message, body)}` };
  }
}

function withLineAndColumn(message: string, text: string): string {
  if (/line \d+ column \d+/.test(message)) return message;
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return `${message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${column})`;
  }
  if (/unexpected end of json input/i.test(message)) {
    const { line, column } = lineAndColumn(text, text.length);
    return `${message} (line ${line}, column ${column})`;
  }
  return message;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
