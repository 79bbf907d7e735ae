import { expect, test } from 'vitest';
import { acceptedEncodings, cacheControlFor, contentTypeOf } from './headers';

test('reads what a browser accepts: brotli first, and q=0 refuses', () => {
  expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
  expect(acceptedEncodings('gzip')).toEqual(['gzip']);
  expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
  expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
  expect(acceptedEncodings('*, gzip;q=0')).toEqual(['br']);
  expect(acceptedEncodings(undefined)).toEqual([]);
  expect(acceptedEncodings('identity')).toEqual([]);
});

test('text files are UTF-8, others by their type, unknown ones as bytes', () => {
  expect(contentTypeOf('/a.html')).toBe('text/html; charset=utf-8');
  expect(contentTypeOf('/whats-on/calendar.ics')).toBe('text/calendar; charset=utf-8');
  expect(contentTypeOf('/share.png')).toBe('image/png');
  expect(contentTypeOf('/file.unknown')).toBe('application/octet-stream');
});

test('only hashed files are cached for good', () => {
  expect(cacheControlFor('/_next/static/chunks/a.css')).toMatch(/immutable/);
  expect(cacheControlFor('/islands/menu.0123abcdef.js')).toMatch(/immutable/);
  expect(cacheControlFor('/islands/menu.js')).toBe('no-cache');
  expect(cacheControlFor('/cancer-rehabilitation.html')).toBe('no-cache');
  expect(cacheControlFor(null)).toBe('no-cache');
});
