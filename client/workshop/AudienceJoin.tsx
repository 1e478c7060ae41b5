import { formatJoinCode } from '../../shared/workshop/api.ts';
import { qrSrc } from './api.ts';

/** How the room gets in, read from the back: the code, a QR code to scan, the address, and how many joined. */
export function AudienceJoin({ workshopId, code, joinUrl, participants }: { workshopId: string; code: string | undefined; joinUrl: string | undefined; participants: number }) {
  return (
    <section className="ws-audience-join" aria-labelledby="scherm-meedoen-kop">
      <h2 id="scherm-meedoen-kop">Doe mee</h2>
      {code && joinUrl ? (
        <>
          <img className="ws-audience-qr" src={qrSrc(workshopId)} alt={`QR-code om mee te doen: ${joinUrl}`} width={440} height={440} />
          <p className="ws-audience-code" data-testid="screen-join-code">
            <span className="sr-only">Code: </span>
            {formatJoinCode(code)}
          </p>
          <p className="ws-audience-link">
            Ga naar <span className="ws-audience-address">{typedAddress(joinUrl, code)}</span> en vul de code in.
          </p>
        </>
      ) : (
        <p>De code is alleen zichtbaar voor de facilitator.</p>
      )}
      <p className="ws-audience-count" data-testid="screen-participant-count">
        {participants === 1 ? '1 deelnemer' : `${participants} deelnemers`}
      </p>
    </section>
  );
}

/** The address without the scheme and without the code: shorter to type, and the code page asks for it. */
function typedAddress(joinUrl: string, code: string): string {
  return joinUrl.replace(/^https?:\/\//, '').replace(new RegExp(`/${code}$`), '');
}
