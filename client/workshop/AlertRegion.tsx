/**
 * A live region that is in the page before there is anything to say: screen readers only
 * announce changes to a region they already know, so it is never mounted together with its text.
 */
export function AlertRegion({ message }: { message: string | null }) {
  return (
    <div role="alert" className="ws-alert-region">
      {message && <p className="ws-error">{message}</p>}
    </div>
  );
}
