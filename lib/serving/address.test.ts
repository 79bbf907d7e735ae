import { describe, expect, test } from 'vitest';
import { MAX_TARGET_LENGTH, pageKey, parseTarget } from './address';

describe('parseTarget reads an address as nginx does', () => {
  test('decodes escapes, merges slashes and resolves dot segments', () => {
    expect(parseTarget('/%63ancer//rehab/./x/../y?a=1')).toEqual({ ok: true, uri: '/cancer/rehab/y', query: 'a=1' });
  });
  test('keeps a trailing slash, including one left by a dot segment', () => {
    expect(parseTarget('/a/')).toEqual({ ok: true, uri: '/a/', query: '' });
    expect(parseTarget('/a/.')).toEqual({ ok: true, uri: '/a/', query: '' });
  });
  test('takes the path of an absolute address', () => {
    expect(parseTarget('http://example.org/a?b')).toEqual({ ok: true, uri: '/a', query: 'b' });
  });
  test('refuses a NUL, a broken escape, a climb above the root and a target that is not a path', () => {
    for (const target of ['/%00', '/a%zz', '/%', '/../a', '/%2e%2e/a', '*']) {
      expect(parseTarget(target), target).toEqual({ ok: false, status: 400 });
    }
  });
  test(`refuses an address longer than ${MAX_TARGET_LENGTH} characters with 414`, () => {
    expect(parseTarget(`/${'a'.repeat(MAX_TARGET_LENGTH - 1)}`).ok).toBe(true);
    expect(parseTarget(`/${'a'.repeat(MAX_TARGET_LENGTH)}`)).toMatchObject({ ok: false, status: 414 });
  });
});

describe('pageKey', () => {
  test('ignores .html (in any case) and trailing slashes', () => {
    for (const uri of ['/a', '/a/', '/a.html', '/a.HTML/', '/a//']) expect(pageKey(uri), uri).toBe('/a');
    expect(pageKey('/')).toBe('/');
  });
  test('keeps a newline, so "/hna\\n" is not "/hna" (PCRE and JavaScript agree)', () => {
    expect(pageKey('/hna\n')).toBe('/hna\n');
  });
});
