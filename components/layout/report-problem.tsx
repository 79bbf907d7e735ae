import { reportProblemHref, type ReportProblemInput } from '@/lib/report-problem';

export type Props = ReportProblemInput;

/**
 * At the foot of every page, so a patient or clinician who spots a mistake
 * can tell the people who write the site. A plain mailto: link: it works
 * without JavaScript and sends nothing until the reader sends the email.
 */
export function ReportProblem(props: Props) {
  return (
    <p className="mt-8 border-t border-border pt-4 text-base print:hidden">
      <a href={reportProblemHref(props)}>Report a problem with this page</a>
      <span className="text-ink-secondary"> (opens your email app)</span>
    </p>
  );
}
