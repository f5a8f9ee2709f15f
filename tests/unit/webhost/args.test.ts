import { describe, expect, it } from 'vitest';
import { parseWebHostArgs } from '../../../electron/webhost/args.js';

describe('parseWebHostArgs', () => {
  it('defaults to a free port and the default library', () => {
    expect(parseWebHostArgs([])).toEqual({ ok: true, args: { port: 0 } });
  });

  it('reads both flags in either spelling', () => {
    expect(parseWebHostArgs(['--data-dir', '/tmp/lib', '--port', '8123'])).toEqual({ ok: true, args: { dataDir: '/tmp/lib', port: 8123 } });
    expect(parseWebHostArgs(['--data-dir=/tmp/a b', '--port=0'])).toEqual({ ok: true, args: { dataDir: '/tmp/a b', port: 0 } });
  });

  it.each([
    [['--port'], /--port needs a value/],
    [['--data-dir', '--port', '80'], /--data-dir needs a value/],
    [['--data-dir='], /--data-dir needs a value/],
    [['--port', '65536'], /from 0 to 65535/],
    [['--port', '80.5'], /from 0 to 65535/],
    [['--port', '-1'], /from 0 to 65535/],
    [['--verbose'], /Unknown argument "--verbose"/],
    [['library'], /Unknown argument "library"/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseWebHostArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
