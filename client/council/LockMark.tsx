import { LockIcon } from '../programme/Icons.tsx';

/** A padlock on a council-owned field once the raad adopted a version, with the reason in words. */
export function LockMark() {
  return (
    <span className="lock-mark" title="Vastgesteld door de raad: wijzigen vraagt om een reden en een besluitmoment">
      <LockIcon />
      <span className="sr-only">(vastgesteld door de raad)</span>
    </span>
  );
}
