import { allAreas, howToGetLabels, howToGetValues, needs, type Area } from '@/lib/local-support';
import { countText } from '@/lib/local-support/match';

type Props = { siteAreas: readonly Area[]; total: number };

/**
 * The form that filters the list in place. Hidden in the HTML: it needs the
 * local-support-filter island, which shows it. Without JavaScript the need
 * and area links above the list do the same job, as static pages.
 */
export function DirectoryFilter({ siteAreas, total }: Props) {
  const field = 'mt-1 block min-h-11 w-full max-w-md border-2 border-ink bg-white px-2 text-base text-ink';
  return (
    <>
      <form data-directory-filter hidden aria-labelledby="filter-heading" className="mt-4 bg-white p-4 print:hidden">
        <h3 id="filter-heading" className="text-xl font-bold">
          Narrow the list
        </h3>
        <div className="mt-3">
          <label htmlFor="filter-need" className="font-bold">
            What you need help with
          </label>
          <select id="filter-need" name="need" className={field}>
            <option value="">Anything</option>
            {needs.map((need) => (
              <option key={need.id} value={need.id}>
                {need.label}
              </option>
            ))}
          </select>
        </div>
        <div className="mt-4">
          <label htmlFor="filter-area" className="font-bold">
            Where you live
          </label>
          <select id="filter-area" name="area" className={field}>
            <option value="">Anywhere</option>
            {allAreas(siteAreas).map((area) => (
              <option key={area.id} value={area.id}>
                {area.id === 'online' ? 'Online only' : area.id === 'national' ? 'UK-wide services only' : area.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="mt-4">
          <legend className="font-bold">How you want to get help</legend>
          <div className="mt-1 space-y-1">
            {howToGetValues.map((way) => (
              <div key={way} className="flex items-center gap-2">
                <input id={`filter-how-${way}`} type="checkbox" name="how" value={way} className="size-6 accent-brand" />
                <label htmlFor={`filter-how-${way}`} className="min-h-6">
                  {howToGetLabels[way]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button
          type="reset"
          className="mt-4 min-h-11 rounded border-2 border-brand bg-white px-4 font-bold text-brand hover:bg-page"
        >
          Clear choices
        </button>
      </form>
      <p role="status" data-directory-count className="mt-4 font-bold print:hidden">
        {countText(total, total)}
      </p>
    </>
  );
}
