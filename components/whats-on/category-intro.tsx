import { categoryLabels, type Category } from '@/lib/schedule';
import { whatsOnPath } from '@/lib/urls';

/** The heading and introduction of a "What's on" category list. */
export function CategoryIntro({ category }: { category: Category }) {
  return (
    <>
      <h1 className="text-3xl font-bold sm:text-5xl">{categoryLabels[category]} sessions</h1>
      <p className="mt-4">
        Health and wellbeing sessions of this type, with their dates and how to book. See{" "}
        <a href={whatsOnPath}>all health and wellbeing sessions</a>.
      </p>
    </>
  );
}
