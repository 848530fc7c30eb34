import { expect, it } from 'vitest';
import { externalUrl } from '../../electron/main/external-link.ts';

it('opens http(s) links as they are', () => {
  expect(externalUrl('https://example.com/a?b=c#d')).toBe('https://example.com/a?b=c#d');
  expect(externalUrl('http://example.com/')).toBe('http://example.com/');
});

it('reduces a mail link to its addresses: no attachment, subject or body rides along', () => {
  expect(externalUrl('mailto:desk@example.com?attach=/etc/passwd')).toBe('mailto:desk@example.com');
  expect(
    externalUrl('mailto:desk@example.com,tips@example.org?subject=Hi&body=x&attachment=~/.ssh/id'),
  ).toBe('mailto:desk@example.com,tips@example.org');
  expect(externalUrl('mailto:%72edaction@example.com')).toBe('mailto:redaction@example.com');
});

it('opens nothing for other schemes, broken addresses or a header smuggled into one', () => {
  for (const url of [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'mailto:',
    'mailto:?to=desk@example.com',
    'mailto:desk@example.com%0Abcc:all@example.com',
    'mailto:not an address',
    'mailto:%E0%A4%A',
    'not a url',
  ])
    expect(externalUrl(url), url).toBeNull();
});
