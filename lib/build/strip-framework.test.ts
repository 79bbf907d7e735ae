import { expect, test } from 'vitest';
import { foreignScripts, stripFrameworkScripts } from './strip-framework';

const exported = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<script src="/_next/static/chunks/d.js" noModule=""></script>
<title>Page</title></head><body><div hidden=""><!--$--><!--/$--></div>
<main><h1>Page</h1><script type="application/ld+json">{"@type":"Event"}</script></main>
<script type="module" src="/islands/search.js"></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"payload </div>"])</script>
</body></html>`;

test('removes the framework scripts, preloads and inline payloads', () => {
  const html = stripFrameworkScripts(exported);
  expect(html).not.toContain('/_next/static/chunks/c.js');
  expect(html).not.toContain('/_next/static/chunks/d.js');
  expect(html).not.toContain('as="script"');
  expect(html).not.toContain('__next_f');
  expect(foreignScripts(html)).toEqual([]);
});

test('keeps the stylesheet, the content, structured data and the islands', () => {
  const html = stripFrameworkScripts(exported);
  expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
  expect(html).toContain('<main><h1>Page</h1>');
  expect(html).toContain('<script type="application/ld+json">{"@type":"Event"}</script>');
  expect(html).toContain('<script type="module" src="/islands/search.js"></script>');
});

test('removes the empty hidden marker React leaves at the top of the body', () => {
  expect(stripFrameworkScripts(exported)).toContain('<body>\n<main>');
});

test('reports scripts that are not ours', () => {
  expect(foreignScripts('<script src="https://example.com/x.js"></script>')).toHaveLength(1);
  expect(foreignScripts('<script>alert(1)</script>')).toHaveLength(1);
});
