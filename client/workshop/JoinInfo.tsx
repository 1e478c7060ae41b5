import { formatJoinCode } from '../../shared/workshop/api.ts';
import { qrSrc } from './api.ts';

/** How people in the room get in: the code in large type, the link and the QR code. */
export function JoinInfo({
  workshopId,
  code,
  joinUrl,
  participants,
}: {
  workshopId: string;
  code: string | undefined;
  /** From the server, the same as in the QR code: this browser's address may not be the public one. */
  joinUrl: string | undefined;
  participants: number;
}) {
  const href = code && joinUrl ? joinUrl : null;
  return (
    <section className="ws-join-info" aria-labelledby="meedoen-kop">
      <h2 id="meedoen-kop">Doe mee</h2>
      {code && href ? (
        <div className="ws-join-grid">
          <div>
            <p className="ws-join-label">Ga naar de link of scan de QR-code, en vul de code in:</p>
            <p className="ws-join-code" data-testid="join-code">
              <span className="sr-only">Code: </span>
              {formatJoinCode(code)}
            </p>
            <p className="ws-join-link">
              <a href={href}>{href}</a>
            </p>
          </div>
          <img className="ws-qr" src={qrSrc(workshopId)} alt={`QR-code om mee te doen: ${href}`} width={220} height={220} />
        </div>
      ) : (
        <p className="ws-hint">De code is alleen zichtbaar voor de facilitator.</p>
      )}
      <p className="ws-participants" role="status" aria-live="polite">
        <span className="ws-big-number" data-testid="participant-count">
          {participants}
        </span>{' '}
        {participants === 1 ? 'deelnemer' : 'deelnemers'}
      </p>
    </section>
  );
}
