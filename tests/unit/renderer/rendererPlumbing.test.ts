import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client.js';
import { ApiProvider, useApi } from '../../../renderer/api/ApiContext.js';
import { CommandChannel } from '../../../renderer/app/commands.js';
import { Listeners } from '../../../renderer/app/listeners.js';

describe('Listeners', () => {
  it('tells every listener, with the arguments, until it unsubscribes', () => {
    const listeners = new Listeners<[sectionId: string]>();
    const heard: string[] = [];
    const stopFirst = listeners.add((id) => heard.push(`first ${id}`));
    listeners.add((id) => heard.push(`second ${id}`));
    listeners.notify('a');
    stopFirst();
    listeners.notify('b');
    expect(heard).toEqual(['first a', 'second a', 'second b']);
  });

  it('drops every listener on clear', () => {
    const listeners = new Listeners();
    let calls = 0;
    listeners.add(() => (calls += 1));
    listeners.clear();
    listeners.notify();
    expect(calls).toBe(0);
  });
});

describe('CommandChannel', () => {
  it('hands each command only to the listeners of its kind, until they stop', () => {
    const channel = new CommandChannel();
    const heard: string[] = [];
    const stopSave = channel.listen('save-now', (command) => heard.push(command.type));
    channel.listen('export', (command) => heard.push(command.type));
    channel.send({ type: 'save-now' });
    channel.send({ type: 'export' });
    stopSave();
    channel.send({ type: 'save-now' });
    expect(heard).toEqual(['save-now', 'export']);
  });

  it('drops a save or an export that no screen was there to hear', () => {
    const channel = new CommandChannel();
    channel.send({ type: 'save-now' });
    channel.send({ type: 'export' });
    const heard: string[] = [];
    channel.listen('save-now', (command) => heard.push(command.type));
    channel.listen('export', (command) => heard.push(command.type));
    expect(heard).toEqual([]);
  });

  it('keeps "new strategy" for the library screen that opens next, and hands it over once', () => {
    const channel = new CommandChannel();
    channel.send({ type: 'new-strategy' });
    channel.send({ type: 'new-strategy' });
    const heard: string[] = [];
    const stop = channel.listen('new-strategy', (command) => heard.push(command.type));
    expect(heard).toEqual(['new-strategy']);
    stop();
    channel.listen('new-strategy', (command) => heard.push(`again ${command.type}`));
    expect(heard).toEqual(['new-strategy']);
  });
});

describe('useApi', () => {
  function ShowsClient() {
    const client = useApi();
    return createElement('p', null, client === fake ? 'the provided client' : 'another client');
  }
  const fake: ApiClient = { call: async () => ({ ok: true, value: null }) as never };

  it('gives components the client the entry point provided', () => {
    expect(renderToString(createElement(ApiProvider, { client: fake, children: createElement(ShowsClient) }))).toContain('the provided client');
  });

  it('says what is wrong when no provider is above', () => {
    expect(() => renderToString(createElement(ShowsClient))).toThrow(/outside <ApiProvider>/);
  });
});
