/** Placeholder: the participant's phone view of one werkatelier. */
export function ParticipantPage({ workshopId }: { workshopId: string }) {
  return (
    <main id="inhoud" className="page-narrow">
      <h1>Werkatelier</h1>
      <p>{workshopId}</p>
    </main>
  );
}
