import type { ReactNode } from 'react';

type Props = { children: ReactNode };

function List({ heading, tone, children }: Props & { heading: string; tone: 'do' | 'dont' }) {
  return (
    <div
      className={`not-prose my-8 border-t-4 bg-white px-4 py-4 [&_ul]:mt-3 [&_ul]:list-none [&_li]:relative [&_li]:pl-8 [&_li+li]:mt-2 ${
        tone === 'do'
          ? 'border-success [&_li]:before:absolute [&_li]:before:left-0 [&_li]:before:font-bold [&_li]:before:text-success [&_li]:before:content-["✓"]'
          : 'border-urgent [&_li]:before:absolute [&_li]:before:left-0 [&_li]:before:font-bold [&_li]:before:text-urgent [&_li]:before:content-["✗"]'
      }`}
    >
      <h3 className="text-xl font-bold">{heading}</h3>
      {children}
    </div>
  );
}

/** Things to do. The tick is decoration: the heading says "Do". */
export function DoList({ children }: Props) {
  return (
    <List heading="Do" tone="do">
      {children}
    </List>
  );
}

/** Things not to do. */
export function DontList({ children }: Props) {
  return (
    <List heading="Don't" tone="dont">
      {children}
    </List>
  );
}
