/**
 * Keeps "What's on" current on the day a patient looks (docs/decisions/003).
 * The page was built on some earlier day; any occurrence whose end
 * (data-ends-at) has passed by the visitor's clock moves from "upcoming" or
 * "to be confirmed" into "past", loses its booking and calendar links, and is
 * labelled "Finished". Screen readers hear about it only if something moved.
 */
export function moveEnded(root: ParentNode, now: Date): number {
  const past = root.querySelector<HTMLElement>('[data-schedule-group="past"]');
  if (!past) return 0;
  const ended = Array.from(
    root.querySelectorAll<HTMLElement>(
      '[data-schedule-group="upcoming"] [data-ends-at], [data-schedule-group="to-be-confirmed"] [data-ends-at]',
    ),
  ).filter((item) => new Date(item.dataset.endsAt!).getTime() <= now.getTime());

  // Most recently ended first, above the ones already in "past".
  ended
    .sort((a, b) => Date.parse(a.dataset.endsAt!) - Date.parse(b.dataset.endsAt!))
    .forEach((item) => {
      const label = item.querySelector<HTMLElement>('[data-status-label]');
      if (label) label.textContent = 'Finished';
      item.querySelector('[data-while-upcoming]')?.remove();
      past.prepend(item);
    });

  root.querySelectorAll<HTMLElement>('[data-schedule-group]').forEach((list) => {
    const empty = list.parentElement?.querySelector<HTMLElement>('[data-empty-message]');
    if (empty) empty.hidden = list.children.length > 0;
  });

  const announce = root.querySelector<HTMLElement>('[data-schedule-announce]');
  if (announce && ended.length) {
    announce.textContent = `${ended.length} session${ended.length === 1 ? ' has' : 's have'} ended since this page was made, and ${ended.length === 1 ? 'has' : 'have'} moved to past sessions.`;
  }
  return ended.length;
}

/** Checks now, then every minute and whenever the tab comes back into view. */
export function start(doc: Document): void {
  moveEnded(doc, new Date());
  setInterval(() => moveEnded(doc, new Date()), 60_000);
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'visible') moveEnded(doc, new Date());
  });
}
