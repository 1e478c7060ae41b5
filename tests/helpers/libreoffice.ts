/**
 * Real readers for exported files: LibreOffice (Debian packages libreoffice-writer-nogui and
 * libreoffice-calc-nogui) converts .docx and .xlsx headless, poppler-utils' pdftotext reads PDFs.
 * Each conversion gets its own throwaway profile (-env:UserInstallation), so parallel test
 * files never share LibreOffice's lock. A missing tool fails the test with the apt package to
 * install; it never skips.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir, removeDir } from './temp-dir.ts';

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const PDFTOTEXT = '/usr/bin/pdftotext';
const SYSTEM_PYTHON = '/usr/bin/python3';
const CONVERT_TIMEOUT_MS = 180_000;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], timeoutMs = CONVERT_TIMEOUT_MS, env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${basename(command)} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function requireTool(path: string, aptPackage: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: install it with \`apt-get install -y ${aptPackage}\`.`);
}

/**
 * Converts one file with LibreOffice and returns the paths it wrote (a multi-sheet CSV export
 * writes one file per sheet). Throws with LibreOffice's output when it wrote nothing.
 */
export async function convertWithLibreOffice(input: string, convertTo: string, outDir: string, inFilter?: string): Promise<string[]> {
  requireTool(SOFFICE, 'libreoffice-writer-nogui libreoffice-calc-nogui');
  const profile = await makeTempDir('koers-lo-profile-');
  try {
    const before = new Set(await readdir(outDir));
    const result = await run(SOFFICE, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      ...(inFilter ? [`--infilter=${inFilter}`] : []),
      '--convert-to',
      convertTo,
      '--outdir',
      outDir,
      input,
    ]);
    const written = (await readdir(outDir)).filter((name) => !before.has(name)).map((name) => join(outDir, name));
    if (result.code !== 0 || written.length === 0 || /Error:/.test(result.stdout + result.stderr)) {
      throw new Error(`LibreOffice could not convert ${basename(input)} to ${convertTo} (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
    }
    return written.sort();
  } finally {
    await removeDir(profile);
  }
}

/** The text of a PDF in content order (-raw), as poppler reads it. */
export async function pdfText(path: string): Promise<string> {
  requireTool(PDFTOTEXT, 'poppler-utils');
  const result = await run(PDFTOTEXT, ['-raw', '-enc', 'UTF-8', path, '-']);
  if (result.code !== 0) throw new Error(`pdftotext failed on ${basename(path)}: ${result.stderr}`);
  return result.stdout;
}

export async function pdfInfo(path: string): Promise<Record<string, string>> {
  requireTool('/usr/bin/pdfinfo', 'poppler-utils');
  const result = await run('/usr/bin/pdfinfo', ['-enc', 'UTF-8', path]);
  if (result.code !== 0) throw new Error(`pdfinfo failed on ${basename(path)}: ${result.stderr}`);
  return Object.fromEntries(
    result.stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

// LibreOffice's UNO API saves an .xlsx encrypted the way Excel does (an OLE file with an
// EncryptedPackage stream); the command line cannot. Run with Debian's python3 (python3-uno).
const ENCRYPT_SCRIPT = String.raw`
import os, subprocess, sys, time, uuid
sys.path.append('/usr/lib/libreoffice/program')
import uno
from com.sun.star.beans import PropertyValue, NamedValue
from com.sun.star.connection import NoConnectException

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

def named(name, value):
    n = NamedValue(); n.Name = name; n.Value = value; return n

src, dst, password, profile, soffice = sys.argv[1:6]
pipe = 'koers' + uuid.uuid4().hex
office = subprocess.Popen([soffice, '--headless', '--invisible', '--nologo', '--norestore', '--nolockcheck',
    '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--accept=pipe,name=%s;urp;' % pipe])
desktop = None
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.monotonic() + 120
    while True:
        try:
            ctx = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
            break
        except NoConnectException:
            if time.monotonic() > deadline: raise
            time.sleep(0.2)
    desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), '_blank', 0, (prop('Hidden', True),))
    encryption = uno.Any('[]com.sun.star.beans.NamedValue', (named('OOXPassword', password), named('CryptoType', 'Standard')))
    doc.storeToURL(uno.systemPathToFileUrl(dst), (prop('FilterName', 'Calc MS Excel 2007 XML'), prop('EncryptionData', encryption)))
    doc.close(True)
finally:
    try:
        if desktop is not None: desktop.terminate()
    except Exception:
        pass
    try:
        office.wait(60)
    except subprocess.TimeoutExpired:
        office.kill()
`;

/** Saves an .xlsx again with a password to open it, as Excel's "Encrypt with Password" does. */
export async function saveXlsxWithPassword(input: string, output: string, password: string): Promise<void> {
  requireTool(SOFFICE, 'libreoffice-calc-nogui');
  requireTool(SYSTEM_PYTHON, 'python3-uno');
  const profile = await makeTempDir('koers-lo-profile-');
  try {
    const result = await run(SYSTEM_PYTHON, ['-c', ENCRYPT_SCRIPT, input, output, password, profile, SOFFICE]);
    if (result.code !== 0 || !existsSync(output)) {
      throw new Error(`LibreOffice could not save ${basename(input)} with a password (exit ${result.code}):\n${result.stderr}`);
    }
  } finally {
    await removeDir(profile);
  }
}
