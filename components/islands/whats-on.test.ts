import { expect, test, vi } from 'vitest';
import { moveEnded, start } from './whats-on';

function render() {
  document.body.innerHTML = `
    <p data-schedule-announce role="status"></p>
    <section><p data-empty-message hidden>None coming up.</p>
      <ul data-schedule-group="upcoming">
        <li data-occurrence="a--1" data-ends-at="2030-06-11T11:00:00.000Z"><strong data-status-label>Upcoming</strong><ul data-while-upcoming><li><a href="mailto:x">Book by email</a></li></ul></li>
        <li data-occurrence="b--1" data-ends-at="2030-06-12T14:30:00.000Z"><strong data-status-label>Upcoming</strong></li>
      </ul></section>
    <section><p data-empty-message hidden>None waiting.</p>
      <ul data-schedule-group="to-be-confirmed">
        <li data-occurrence="c--1" data-ends-at="2030-05-31T23:00:00.000Z"><strong data-status-label>Date to be confirmed</strong></li>
      </ul></section>
    <details><p data-empty-message>None yet.</p><ul data-schedule-group="past"></ul></details>`;
}

const ids = (group: string) =>
  [...document.querySelectorAll(`[data-schedule-group="${group}"] > li`)].map((item) => item.getAttribute('data-occurrence'));

test('moves what has ended by the visitor’s clock into past, most recent first', () => {
  render();
  expect(moveEnded(document, new Date('2030-06-11T12:00:00Z'))).toBe(2);
  expect(ids('upcoming')).toEqual(['b--1']);
  expect(ids('past')).toEqual(['a--1', 'c--1']);
  expect(document.querySelector('[data-occurrence="a--1"] [data-status-label]')?.textContent).toBe('Finished');
});

test('removes the booking link from a session that has ended', () => {
  render();
  moveEnded(document, new Date('2030-06-11T12:00:00Z'));
  expect(document.querySelector('[data-occurrence="a--1"] a')).toBeNull();
});

test('tells screen readers only when something moved', () => {
  render();
  moveEnded(document, new Date('2030-06-01T00:00:00Z'));
  expect(document.querySelector('[data-schedule-announce]')?.textContent).toBe('1 session has ended since this page was made, and has moved to past sessions.');
  render();
  moveEnded(document, new Date('2030-05-01T00:00:00Z'));
  expect(document.querySelector('[data-schedule-announce]')?.textContent).toBe('');
});

test('shows the empty message when a group empties, and hides it when one fills', () => {
  render();
  moveEnded(document, new Date('2030-06-13T00:00:00Z'));
  const empty = (group: string) =>
    (document.querySelector(`[data-schedule-group="${group}"]`)!.parentElement!.querySelector('[data-empty-message]') as HTMLElement).hidden;
  expect(empty('upcoming')).toBe(false);
  expect(empty('to-be-confirmed')).toBe(false);
  expect(empty('past')).toBe(true);
});

test('once started, moves a session that ends while the page is open within a minute', () => {
  vi.useFakeTimers({ now: new Date('2030-06-11T10:59:30Z'), toFake: ['Date', 'setInterval'] });
  try {
    render();
    start(document);
    expect(ids('upcoming')).toEqual(['a--1', 'b--1']);
    vi.advanceTimersByTime(60_000);
    expect(ids('upcoming')).toEqual(['b--1']);
    expect(ids('past')).toEqual(['a--1', 'c--1']);
  } finally {
    vi.useRealTimers();
  }
});
