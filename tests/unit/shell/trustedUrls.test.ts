import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isExternalWebUrl, isRendererPageUrl } from '../../../electron/shell/trustedUrls.js';

const index = pathToFileURL('/opt/Corporate Parenting Studio/resources/app.asar/dist/renderer/index.html').href;

describe('isRendererPageUrl', () => {
  it('accepts our page with any query or hash', () => {
    expect(isRendererPageUrl(index, index)).toBe(true);
    expect(isRendererPageUrl(`${index}#/drafts/abc`, index)).toBe(true);
    expect(isRendererPageUrl(`${index}?x=1`, index)).toBe(true);
  });

  it.each([
    'file:///opt/Corporate%20Parenting%20Studio/resources/app.asar/dist/renderer/other.html',
    'file:///etc/passwd',
    'https://example.com/dist/renderer/index.html',
    'file://evil-host/opt/Corporate%20Parenting%20Studio/resources/app.asar/dist/renderer/index.html',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isRendererPageUrl(url, index)).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it.each(['https://www.gov.uk/', 'http://example.com/a?b'])('lets %s open in the browser', (url) => expect(isExternalWebUrl(url)).toBe(true));
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ms-settings:', 'data:text/html,x', 'nonsense'])('refuses %s', (url) => expect(isExternalWebUrl(url)).toBe(false));
});
