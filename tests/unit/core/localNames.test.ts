import { describe, expect, it } from 'vitest';
import { useCore } from './apiHarness.js';
import { TEST_TEMPLATE } from './fixtures.js';
import { cliSandbox, expectOneLineError } from '../cli/cliSandbox.js';

const SLOT = 'children-in-care-council';
const PACK = TEST_TEMPLATE.id;

describe('local names through the API', () => {
  const core = useCore();

  it('keeps the council’s names once per library, changing only the slots named, and forgets a slot given a blank name', async () => {
    const { call, core: opened } = core();
    expect((await call('settings.get', {})).localNames).toEqual({});
    expect((await call('settings.update', { localNames: { [PACK]: { [SLOT]: '  Our Voice ' } } })).localNames).toEqual({ [PACK]: { [SLOT]: 'Our Voice' } });
    expect((await call('settings.update', { author: 'Kim' })).localNames).toEqual({ [PACK]: { [SLOT]: 'Our Voice' } });
    const reopened = core(opened.dataDir);
    expect((await reopened.call('settings.get', {})).localNames).toEqual({ [PACK]: { [SLOT]: 'Our Voice' } });
    expect((await reopened.call('settings.update', { localNames: { [PACK]: { [SLOT]: ' ' } } })).localNames).toEqual({});
  });

  it('refuses a slot the template does not ask for, or a template there is not, saying which slots there are, and stores nothing', async () => {
    const { call, fail, libraryState } = core();
    await call('settings.get', {});
    const before = libraryState();
    const wrongSlot = await fail('settings.update', { localNames: { [PACK]: { 'youth-parliament': 'Our Voice' } } });
    expect(wrongSlot).toMatchObject({ code: 'invalid-request' });
    expect(wrongSlot.message).toContain(`has no local name "youth-parliament". It asks for: ${SLOT}.`);
    expect(await fail('settings.update', { localNames: { 'no-such-pack': { [SLOT]: 'Our Voice' } } })).toMatchObject({ code: 'not-found' });
    expect(await fail('settings.update', { localNames: { [PACK]: { [SLOT]: 'x'.repeat(121) } } })).toMatchObject({ code: 'invalid-request' });
    expect(libraryState()).toBe(before);
  });
});

describe('cli: settings --local-name', () => {
  it('sets a name by its slot, finding the template that has it, and shows it with the pack’s label', async () => {
    const { run } = cliSandbox();
    const result = await run('settings', '--local-name', `${SLOT}=Our Voice`);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Local names for ${TEST_TEMPLATE.name}:\n  Children in Care Council: Our Voice`);
    const shown = JSON.parse((await run('settings', '--json')).stdout) as { localNames: unknown };
    expect(shown.localNames).toEqual({ [PACK]: { [SLOT]: 'Our Voice' } });
    expect((await run('settings', '--local-name', `${SLOT}=`)).stdout).toContain('Children in Care Council: (not given)');
  });

  it('refuses a slot no template has and an assignment without a slot, in one line, exiting 2', async () => {
    const { run } = cliSandbox();
    expectOneLineError(await run('settings', '--local-name', 'youth-parliament=Our Voice'), new RegExp(`No template asks for a local name "youth-parliament". The slots are: ${SLOT}\\.`), 2);
    expectOneLineError(await run('settings', '--local-name', 'Our Voice'), /--local-name needs SLOT=NAME/, 2);
    expectOneLineError(await run('settings', '--template', PACK), /give --local-name SLOT=NAME too/, 2);
    expectOneLineError(await run('settings', '--template', PACK, '--local-name', 'board=Panel'), /has no local name "board"/);
  });
});
