/**
 * Colours live in client/styles/tokens.css only: every other CSS file under client/ names them
 * through var(--...). One place to check contrast, one place to change the look.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const TOKENS = 'client/styles/tokens.css';

function cssFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...cssFiles(path));
    else if (name.endsWith('.css')) out.push(path);
  }
  return out;
}

// The CSS named colours; transparent and currentColor are no colour of their own and stay allowed.
const NAMED = (
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
  'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray ' +
  'darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
  'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue ' +
  'firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew ' +
  'hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
  'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
  'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
  'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
  'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
  'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
  'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
  'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
  'whitesmoke yellow yellowgreen'
).split(' ');
const COLOUR = new RegExp(
  `#[0-9a-f]{3,8}\\b|\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\\(|(?<![\\w-])(?:${NAMED.join('|')})(?![\\w-])`,
  'i',
);

interface Declaration {
  property: string;
  value: string;
  line: number;
}

/** The declarations of a stylesheet (property and value, comments removed); selectors are never read as values. */
function declarations(css: string): Declaration[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const found: Declaration[] = [];
  for (const m of text.matchAll(/([-\w]+)\s*:\s*([^;{}]+)(?=[;}])/g)) {
    found.push({ property: m[1]!, value: m[2]!.trim(), line: text.slice(0, m.index).split('\n').length });
  }
  return found;
}

/** "file:line property: value" for every declaration outside the tokens file that writes a colour itself. */
function colourLiterals(file: string, css: string): string[] {
  return declarations(css)
    .filter((d) => !d.property.startsWith('--') && COLOUR.test(d.value))
    .map((d) => `${file}:${d.line} ${d.property}: ${d.value}`);
}

describe('CSS colour tokens', () => {
  const files = cssFiles('client').map((path) => relative(root, join(root, path)));
  const tokens = readFileSync(join(root, TOKENS), 'utf8');
  const defined = new Set(declarations(tokens).filter((d) => d.property.startsWith('--')).map((d) => d.property));

  it('finds the colour literals it is meant to find, and not the look-alikes', () => {
    const sample = [
      '.a { color: #1b1f24; }',
      '.b { box-shadow: 0 2px 8px rgba(0, 0, 0, 0.12) }',
      '.c {\n  border: 1px solid White;\n}',
      '.d { background: hsl(210 20% 98%); }',
      '/* red in a comment */ .red-mark, .white-space { white-space: nowrap; border-color: currentColor; background: transparent; color: var(--text); }',
    ].join('\n');
    expect(colourLiterals('sample.css', sample)).toEqual([
      'sample.css:1 color: #1b1f24',
      'sample.css:2 box-shadow: 0 2px 8px rgba(0, 0, 0, 0.12)',
      'sample.css:4 border: 1px solid White',
      'sample.css:6 background: hsl(210 20% 98%)',
    ]);
  });

  it('scans the feature files and the tokens file', () => {
    expect(files).toContain(TOKENS);
    expect(files).toContain('client/styles/base.css');
    expect(files).toContain('client/workshop/workshop.css');
    expect(defined.has('--accent')).toBe(true);
  });

  it('has no colour literal outside client/styles/tokens.css', () => {
    const literals = files.filter((f) => f !== TOKENS).flatMap((f) => colourLiterals(f, readFileSync(join(root, f), 'utf8')));
    expect(literals).toEqual([]);
  });

  it('defines custom properties only in the tokens file, and every one that is used', () => {
    const definedElsewhere: string[] = [];
    const undefinedUses: string[] = [];
    for (const file of files.filter((f) => f !== TOKENS)) {
      const css = readFileSync(join(root, file), 'utf8');
      for (const d of declarations(css)) {
        if (d.property.startsWith('--')) definedElsewhere.push(`${file}:${d.line} ${d.property}`);
        for (const use of d.value.matchAll(/var\(\s*(--[-\w]+)/g)) {
          if (!defined.has(use[1]!)) undefinedUses.push(`${file}:${d.line} ${use[1]}`);
        }
      }
    }
    expect(definedElsewhere).toEqual([]);
    expect(undefinedUses).toEqual([]);
  });
});
