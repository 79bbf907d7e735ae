import { expect, test } from 'vitest';
import { reportProblemHref } from './report-problem';

const input = {
  email: 'content-team@example.org',
  url: 'https://cancer-rehab.example.org/prehabilitation',
  title: 'Getting ready for treatment & surgery',
  siteName: 'Cancer rehabilitation',
};

test("the email names the page's title and address", () => {
  const href = reportProblemHref(input);
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  expect(url.pathname).toBe('content-team@example.org');
  const subject = decodeURIComponent(/subject=([^&]*)/.exec(href)![1]!);
  const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]!);
  expect(subject).toBe('Problem with a page on Cancer rehabilitation: Getting ready for treatment & surgery');
  expect(body).toContain('Address: https://cancer-rehab.example.org/prehabilitation');
  expect(body).toContain('Page: Getting ready for treatment & surgery');
});

test('spaces are %20, not +, and an ampersand in the title cannot end the subject', () => {
  const href = reportProblemHref(input);
  expect(href).not.toContain('+');
  expect(href.match(/&/g)).toHaveLength(1);
  expect(href).toContain('%20');
});

test('the not-found page asks for the address instead of inventing one', () => {
  const body = decodeURIComponent(/body=([^&]*)/.exec(reportProblemHref({ ...input, url: null }))![1]!);
  expect(body).toContain('(paste the address you tried here)');
});
