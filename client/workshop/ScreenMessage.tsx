import type { ReactNode } from 'react';

/** A whole werkatelier screen that only says something: loading, an error, or why there is nothing to show. */
export function ScreenMessage({
  screen,
  title,
  text,
  alert,
  children,
}: {
  screen: 'ws-phone' | 'ws-presenter';
  title: string;
  text: string;
  alert?: boolean;
  children?: ReactNode;
}) {
  return (
    <main id="inhoud" className={screen}>
      <h1>{title}</h1>
      <p role={alert ? 'alert' : 'status'}>{text}</p>
      {children}
    </main>
  );
}
