/**
 * Filters the list on /local-support in place, by need, area and how to get
 * help. The HTML already works without it: the need and area links lead to
 * static pages with the same lists (docs/editing-local-support.md). This
 * island shows the filter form (hidden in the HTML), hides the services
 * that do not match, and says how many are shown in a polite status message
 * (WCAG 4.1.3, Status Messages), as GOV.UK's filters do. The choices are
 * kept in the address (?need=…&area=…&how=…), so a filtered list can be
 * bookmarked or shared, and the back button keeps them.
 * Matching is lib/local-support/match.ts, the same code that builds the pages.
 */
import { countText, matches, type Filter } from '../../lib/local-support/match';

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

/** Enhances the page; returns a function that undoes it (for tests), or nothing if the page has no directory. */
export function init(doc: Document = document): (() => void) | undefined {
  const form = doc.querySelector<HTMLFormElement>('form[data-directory-filter]');
  const list = doc.querySelector<HTMLElement>('[data-service-list]');
  const status = doc.querySelector<HTMLElement>('[data-directory-count]');
  if (!form || !list || !status) return undefined;
  const count = status;
  const items = Array.from(list.querySelectorAll<HTMLElement>('li[data-service]'));
  const empty = list.parentElement?.querySelector<HTMLElement>('[data-empty-message]');
  const need = form.elements.namedItem('need') as HTMLSelectElement;
  const area = form.elements.namedItem('area') as HTMLSelectElement;
  const ways = Array.from(form.querySelectorAll<HTMLInputElement>('input[name="how"]'));

  function currentFilter(): Filter {
    return { need: need.value, area: area.value, howToGet: ways.filter((box) => box.checked).map((box) => box.value) };
  }

  function apply(): void {
    const filter = currentFilter();
    let shown = 0;
    for (const item of items) {
      const match = matches(
        { needs: words(item.dataset.needs), areas: words(item.dataset.areas), howToGet: words(item.dataset.how) },
        filter,
      );
      item.hidden = !match;
      if (match) shown++;
    }
    if (empty) empty.hidden = shown > 0;
    count.textContent = countText(shown, items.length);
    const params = new URLSearchParams();
    if (filter.need) params.set('need', filter.need);
    if (filter.area) params.set('area', filter.area);
    for (const way of filter.howToGet ?? []) params.append('how', way);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }

  /** Choices from the address, ignoring any value the form does not offer. */
  function restore(): boolean {
    const params = new URLSearchParams(location.search);
    const choose = (select: HTMLSelectElement, value: string | null) => {
      if (value && Array.from(select.options).some((option) => option.value === value)) select.value = value;
    };
    choose(need, params.get('need'));
    choose(area, params.get('area'));
    const chosen = params.getAll('how');
    for (const box of ways) box.checked = chosen.includes(box.value);
    return Boolean(need.value || area.value || chosen.length);
  }

  // A reset fires before the fields are cleared: filter once they are.
  const onReset = () => setTimeout(apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', onReset);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  if (restore()) apply();

  return () => {
    form.removeEventListener('change', apply);
    form.removeEventListener('reset', onReset);
    form.hidden = true;
    for (const item of items) item.hidden = false;
  };
}

if (typeof window !== 'undefined' && !('__vitest_worker__' in globalThis)) init();
