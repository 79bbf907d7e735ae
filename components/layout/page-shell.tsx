import type { ReactNode } from 'react';
import type { NavItem } from '@/lib/content';
import type { SiteSettings } from '@/lib/schemas/site';
import { Breadcrumbs } from './breadcrumbs';
import { ReportProblem, type Props as ReportProblemProps } from './report-problem';
import { SiteHeader } from './site-header';

type Props = {
  settings: Pick<SiteSettings, 'name' | 'shortName'>;
  navigation: NavItem[];
  currentPath: string;
  crumbs: Array<{ label: string; href: string }>;
  /** "Report a problem with this page": every page has one (lib/report-problem.ts). */
  report: ReportProblemProps;
  children: ReactNode;
};

/** The header, breadcrumbs and main landmark every page shares. */
export function PageShell({ settings, navigation, currentPath, crumbs, report, children }: Props) {
  return (
    <>
      <SiteHeader
        siteName={settings.name}
        shortName={settings.shortName ?? settings.name}
        navigation={navigation} currentPath={currentPath} />
      <div className="mx-auto max-w-5xl px-4 pt-6 print:pt-3">
        <Breadcrumbs crumbs={crumbs} />
        <main id="main-content" tabIndex={-1} className="pb-8 focus:outline-none print:pb-0">
          {children}
        </main>
        <ReportProblem {...report} />
      </div>
    </>
  );
}
