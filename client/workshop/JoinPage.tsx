/** Placeholder: the werkatelier join page (a participant types the code and a name). */
export function JoinPage({ code }: { code: string }) {
  return (
    <main id="inhoud" className="page-narrow">
      <h1>Meedoen aan een werkatelier</h1>
      <p>Code: {code}</p>
    </main>
  );
}
