/**
 * The report outline as React elements for the PDF's HTML. React escapes every text it renders,
 * so programme texts typed by many people never become markup in the report.
 */
import type { Block } from './report-outline.ts';

export function ReportDocument({ title, css, parts }: { title: string; css: string; parts: readonly (readonly Block[])[] }) {
  return (
    <html lang="nl">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        {/* Our own constant style sheet, not user text: React would escape its quotes otherwise. */}
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        {parts.map((blocks, p) => (
          <section className="part" key={p}>
            {blocks.map((block, b) => (
              <ReportBlock block={block} key={b} />
            ))}
          </section>
        ))}
      </body>
    </html>
  );
}

function ReportBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'titlePage':
      return (
        <div className="title-page">
          <p className="kicker">{block.kicker}</p>
          <p className="title">{block.title}</p>
          <dl className="facts">
            {block.facts.map(([label, value], i) => [<dt key={`t${i}`}>{label}</dt>, <dd key={`d${i}`}>{value}</dd>])}
          </dl>
          {block.contents?.length ? (
            <div className="contents">
              <p className="label">Inhoud</p>
              <ol>
                {block.contents.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ol>
            </div>
          ) : null}
        </div>
      );
    case 'heading':
      return block.level === 1 ? <h1>{block.text}</h1> : <h2>{block.text}</h2>;
    case 'label':
      return <p className="label">{block.text}</p>;
    case 'paragraph':
      return <p className={block.empty ? 'empty' : undefined}>{block.text}</p>;
    case 'numberedList':
      return (
        <ol>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      );
    case 'image':
      // A chart as its SVG, vector in the PDF; the alt text says what it shows.
      return (
        <figure className="chart">
          <img src={`data:image/svg+xml;base64,${Buffer.from(block.image.svg).toString('base64')}`} alt={block.alt} width={block.image.width} height={block.image.height} />
        </figure>
      );
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.columns.map((c, i) => (
                <th key={i} style={{ width: `${c.width}%` }}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>
                    {cell.map((text, t) => (
                      <p key={t}>{text}</p>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
