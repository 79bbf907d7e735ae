/**
 * Every shape of address people, letters, link checkers and robots send,
 * for the test that both servers answer each alike
 * (tests/e2e/address-shapes.spec.ts). Add a shape here, not a new test.
 */
export type Shape = { why: string; method: string; target: string };

type Site = {
  /** Old addresses from pages' redirectFrom. */
  redirects: Array<{ from: string; to: string }>;
  /** A hashed stylesheet, cached for good. */
  stylesheet: string;
};

const page = '/cancer-rehabilitation';
const nested = '/personalised-care/holistic-needs-assessment';

export function addressShapes(site: Site): Shape[] {
  const get = (target: string, why: string): Shape => ({ why, method: 'GET', target });
  return [
    get('/', 'the home page'),
    get(page, 'a page'),
    get(nested, 'a page two levels down'),
    get('/whats-on', "the What's on page"),
    get('/video', 'a page that may embed YouTube'),

    // Mixed case: a 308 to the lower-case address (people type from letters).
    get('/HNA', 'an old address in capitals'),
    get('/Cancer-Rehabilitation', 'a page in title case'),
    get('/PERSONALISED-CARE/Holistic-Needs-Assessment', 'a nested page in mixed case'),
    get('/Cancer-Rehabilitation.HTML', 'mixed case with .HTML'),
    get('/Cancer-Rehabilitation/', 'mixed case with a trailing slash'),
    get('/Sitemap.xml', 'a file in the wrong case (files are not pages)'),

    // Trailing slashes and .html.
    get(`${page}/`, 'a trailing slash'),
    get(`${page}//`, 'two trailing slashes'),
    get(`${page}.html`, 'the .html file'),
    get(`${page}.html/`, '.html and a slash'),
    get('/index.html', "the home page's file"),
    get('/index', "the home page's name"),
    get('/hna/', 'an old address with a trailing slash'),
    get('/hna.html', 'an old address with .html'),
    get('/whats-on/', "a folder that is also a page"),
    get('/whats-on/calendars/', 'a folder that is not a page'),
    get('/whats-on/calendars', 'a folder without its slash'),
    get('/404.html', 'the 404 page by name'),
    get('/404', 'the 404 page by its clean name'),

    // Double slashes, percent-escapes and dot segments.
    get(`//${page.slice(1)}`, 'a double slash at the start'),
    get(`/personalised-care//holistic-needs-assessment`, 'a double slash inside'),
    get('/%63ancer-rehabilitation', 'an escaped letter'),
    get('/Cancer%2DRehabilitation', 'an escaped hyphen in mixed case'),
    get('/personalised-care%2Fholistic-needs-assessment', 'an escaped slash'),
    get(`${page}%20`, 'an escaped space at the end'),
    get('/caf%C3%A9', 'escaped UTF-8'),
    get('/%E9', 'an escaped byte that is not UTF-8'),
    get('/%zz', 'a broken escape'),
    get('/%', 'a lone percent sign'),
    get('/./cancer-rehabilitation', 'a dot segment'),
    get('/personalised-care/../cancer-rehabilitation', 'a dot-dot segment'),
    get('/personalised-care/%2e%2e/cancer-rehabilitation', 'an escaped dot-dot segment'),
    get('/../cancer-rehabilitation', 'a dot-dot above the root'),
    get('/%2e%2e/%2e%2e/etc/passwd', 'an escaped climb above the root'),
    get(`${page}/.`, 'a trailing dot segment'),

    // NUL and other control characters.
    get('/%00', 'an escaped NUL'),
    get(`${page}%00.html`, 'an escaped NUL before .html'),
    get('/%01', 'an escaped control character'),
    get('/hna%0A', 'an escaped newline after an old address'),
    get(`${page}%0D%0ASet-Cookie:%20a=b`, 'an escaped header injection'),
    get('/a\x01b', 'a raw control character'),
    get('/a\x7fb', 'a raw DEL'),
    get('/a b', 'a raw space'),

    // Very long addresses.
    get(`/${'a'.repeat(300)}`, 'a name longer than the file system allows'),
    get(`/${'a/'.repeat(1500)}`, 'a very deep path'),
    get(`/${'a'.repeat(4000)}`, 'a 4,000-character path'),
    get(`/${'a'.repeat(5000)}`, 'a 5,000-character path'),
    get(`/_next/static/${'a'.repeat(5000)}`, 'a long path where hashed files live'),
    get(`/${'a'.repeat(10_000)}`, 'a 10,000-character path'),
    get(`${page}?${'q'.repeat(5000)}`, 'a page with a 5,000-character query'),

    // Query strings: kept on redirects, ignored for pages and files.
    get(`${page}?utm_source=letter`, 'a page with a query'),
    get(`${page}?`, 'an empty query'),
    get('/HNA?from=letter&x=%20y', 'an old address in capitals with a query'),
    get(`${page}/?a=1`, 'a trailing slash with a query'),
    get(`/sitemap.xml?v=1`, 'a file with a query'),

    // Files.
    get(site.stylesheet, 'a hashed stylesheet'),
    get('/sitemap.xml', 'the sitemap'),
    get('/robots.txt', 'robots.txt'),
    get('/favicon.ico', 'the favicon browsers ask for'),
    get('/.well-known/security.txt', 'security.txt'),
    get('/whats-on/calendar.ics', 'the calendar feed'),
    get('/search-index.json', 'the search index'),
    get('/index.html.gz', 'a precompressed copy by name'),
    get(`${site.stylesheet}.br`, 'a precompressed stylesheet by name'),
    get('/no-such-page', 'an unknown page'),
    get('/no/such/page', 'an unknown nested page'),
    get('/no-such-file.png', 'an unknown image'),
    get('/.env', 'a dotfile robots look for'),
    get('/wp-login.php', 'a robot looking for WordPress'),
    get('/_next/static/', 'the hashed files folder'),

    // Old addresses, each of them.
    ...site.redirects.map((redirect) => get(redirect.from, `the old address ${redirect.from}`)),
    ...site.redirects.map((redirect) => get(redirect.from.toUpperCase(), `the old address ${redirect.from} in capitals`)),

    // Methods.
    { why: 'HEAD of a page', method: 'HEAD', target: page },
    { why: 'HEAD of an old address', method: 'HEAD', target: '/hna' },
    { why: 'HEAD of an unknown page', method: 'HEAD', target: '/no-such-page' },
    { why: 'POST to a page', method: 'POST', target: page },
    { why: 'POST to an unknown page', method: 'POST', target: '/no-such-page' },
    { why: 'POST to an old address', method: 'POST', target: '/hna' },
    { why: 'OPTIONS of a page', method: 'OPTIONS', target: page },
    { why: 'OPTIONS of the server', method: 'OPTIONS', target: '*' },
    { why: 'PUT to a page', method: 'PUT', target: page },
    { why: 'DELETE of a file', method: 'DELETE', target: '/robots.txt' },
    { why: 'an absolute address, as proxies send', method: 'GET', target: `http://localhost${page}` },
  ];
}
