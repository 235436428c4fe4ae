#!/usr/bin/env node
// Takes pictures of the real workbench for the README: opens a folder in code-server with the
// extension installed, opens a file through Quick Open (Ctrl+P), optionally moves the mouse over
// a word and waits for its hover card, prints the card's text and saves a PNG.
//
// Usage: node scripts/e2e/screenshots.mjs --file <name> [options]      (one picture)
//        node scripts/e2e/screenshots.mjs --spec <shots.json> [options] (several, one workbench)
//   --file <name>        file to open with Quick Open (a name or workspace-relative path)
//   --line <n>           open it at this line (Quick Open's name:line:column), so the word is visible
//   --column <n>
//   --hover <word>       move the mouse over this word (in the visible lines) and wait for the hover
//   --quickfix <word>    click into this word, wait for its diagnostic squiggle, press Ctrl+. and wait
//                        for the quick-fix menu (a row matching --menu-text, default "Replace")
//   --menu-text <text>   the quick-fix menu row to wait for (with --quickfix)
//   --occurrence <n>     which visible match of the word (default 1)
//   --out <png>          where to save (default docs/screenshot.png)
//   --clip <what>        workbench (default) | editor | hover (the hover card and its word, padded)
//                        | quickfix (the word's line, its squiggle and the quick-fix menu, padded)
//   --settle <ms>        wait this long after opening the file, e.g. for diagnostics (default 1500)
//   --extension <dir>    extension to install into the throwaway profile (default: repo root)
//   --no-extension       install none
//   --workspace <dir>    folder to open (default test/e2e/fixtures/workspace; a copy is opened)
//   --theme <name>       e.g. "Default Dark Modern" (default "Default Light Modern")
//   --settings <json>    extra user settings, e.g. '{"editor.fontSize":16}'
//   --width <px> --height <px> --scale <n>   viewport (default 1280x800, scale 1; 2 for crisp PNGs)
//   --timeout <sec>      overall limit (default 300)
//   --keep --verbose     as in run.mjs
// A spec file is {"shots": [{"file", "line", "column", "hover", "quickfix", "menuText", "occurrence", "out", "clip", "settle"}, ...]}
// plus optionally any of the options above as defaults (e.g. "theme", "width").
// Prints `hover <word>: <text>` for each hover and `quickfix <word>: <menu rows>` for each menu. Exit code 0, or 1 when a hover did not appear or
// a step failed (a picture of the moment is still saved), 2 when the harness could not start.
//
// The extension is installed by linking its folder into the profile's extensions dir (not loaded
// as "extension under development"), so the title bar shows the folder name and nothing else.
// It must be built first (npm run build) for its `main` to exist.
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT, checkInstalled, startCodeServer, launchBrowser, workbenchUrl, waitForWorkbench, makeRunDir,
  parseArgs, log, quickOpen, hoverWord, locateWord, normalizeText,
} from './lib.mjs';

const spec = {
  file: 'value', line: 'value', column: 'value', hover: 'value', quickfix: 'value', 'menu-text': 'value', occurrence: 'value', out: 'value', clip: 'value',
  settle: 'value', extension: 'value', 'no-extension': 'flag', workspace: 'value', theme: 'value', settings: 'value',
  width: 'value', height: 'value', scale: 'value', timeout: 'value', keep: 'flag', verbose: 'flag', spec: 'value',
};

/** Bounding box of the visible hover card together with the hovered word, padded, inside the viewport. */
async function hoverClip(page, wordBox, pad = 24) {
  const box = await page.locator('.monaco-hover:not(.hidden)').first().boundingBox();
  const vp = page.viewportSize();
  const xs = [wordBox.x - wordBox.width / 2, wordBox.x + wordBox.width / 2];
  const ys = [wordBox.y - wordBox.height / 2, wordBox.y + wordBox.height / 2];
  if (box) { xs.push(box.x, box.x + box.width); ys.push(box.y, box.y + box.height); }
  const x = Math.max(0, Math.min(...xs) - pad);
  const y = Math.max(0, Math.min(...ys) - pad);
  return { x, y, width: Math.min(vp.width, Math.max(...xs) + pad) - x, height: Math.min(vp.height, Math.max(...ys) + pad) - y };
}

/** The box of the rendered text of the editor line that holds `word` (its `occurrence`-th visible match). */
async function lineTextBox(page, wordBox) {
  return page.evaluate(({ y }) => {
    const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')];
    const line = lines.find((l) => { const r = l.getBoundingClientRect(); return r.top <= y && y <= r.bottom; });
    const text = line && line.firstElementChild;
    if (!text) return null;
    const r = text.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, { y: wordBox.y });
}

/** The union of boxes ({x, y, width, height}, top-left based), padded, inside the viewport. */
function unionClip(page, boxes, pad = 24) {
  const vp = page.viewportSize();
  const bs = boxes.filter(Boolean);
  const x = Math.max(0, Math.min(...bs.map((b) => b.x)) - pad);
  const y = Math.max(0, Math.min(...bs.map((b) => b.y)) - pad);
  return {
    x, y,
    width: Math.min(vp.width, Math.max(...bs.map((b) => b.x + b.width)) + pad) - x,
    height: Math.min(vp.height, Math.max(...bs.map((b) => b.y + b.height)) + pad) - y,
  };
}

/**
 * Clicks into `word`, waits for a diagnostic squiggle under it, opens the quick-fix menu (Ctrl+.)
 * and waits for a row containing `menuText`. Retries like hoverWord: a server that is still
 * starting answers the first request with nothing. Returns { text, wordBox, menuBox, lineBox, bulbBox }.
 */
export async function openQuickFix(page, word, { occurrence = 1, menuText = 'Replace', timeoutMs = 30_000, attemptMs = 3_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  const wordBox = await locateWord(page, word, occurrence);
  if (!wordBox) throw new Error(`word not visible in the active editor: ${JSON.stringify(word)}`);
  // The squiggle is drawn in the view overlays; wait for one on the word's line.
  await page.waitForFunction(({ y }) => [...document.querySelectorAll('.editor-instance .monaco-editor [class*="squiggly-"]')]
    .some((e) => { const r = e.getBoundingClientRect(); return r.top - 4 <= y && y <= r.bottom + 4; }), { y: wordBox.y }, { timeout: timeoutMs });
  const row = page.locator('.action-widget .monaco-list-row', { hasText: menuText }).first();
  for (;;) {
    await page.mouse.click(wordBox.x, wordBox.y);
    await page.mouse.move(2, 2); // no hover over the word: only the menu
    await page.keyboard.press('Control+Period');
    try {
      await row.waitFor({ state: 'visible', timeout: Math.max(100, Math.min(attemptMs, deadline - Date.now())) });
      break;
    } catch {
      await page.keyboard.press('Escape');
      if (Date.now() >= deadline) throw new Error(`no quick-fix menu with ${JSON.stringify(menuText)} over ${JSON.stringify(word)}`);
    }
  }
  await page.waitForTimeout(300); // let the menu finish its layout
  const widget = page.locator('.action-widget').first();
  const text = normalizeText(await widget.innerText());
  const bulb = page.locator('.editor-instance .monaco-editor .lightBulbWidget').first();
  const bulbBox = (await bulb.isVisible().catch(() => false)) ? await bulb.boundingBox() : null;
  return { text, wordBox, menuBox: await widget.boundingBox(), lineBox: await lineTextBox(page, wordBox), bulbBox };
}

/**
 * Takes one picture in an open workbench. Exported for reuse (e.g. from a docs script).
 * Returns { out, hoverText }.
 */
export async function takeShot(page, shot) {
  const out = path.resolve(REPO_ROOT, shot.out || 'docs/screenshot.png');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await quickOpen(page, shot.file, { line: shot.line && Number(shot.line), column: shot.column && Number(shot.column) });
  await page.waitForTimeout(Number(shot.settle ?? 1500));
  let hoverText = null;
  let clip;
  if (shot.hover) {
    const occurrence = Number(shot.occurrence || 1);
    const wordBox = await locateWord(page, shot.hover, occurrence);
    hoverText = await hoverWord(page, shot.hover, { occurrence });
    if (hoverText === null) {
      await page.screenshot({ path: out });
      throw new Error(`no hover appeared over ${JSON.stringify(shot.hover)} (picture of the moment: ${out})`);
    }
    await page.waitForTimeout(300); // let the card finish its layout
    if (shot.clip === 'hover') clip = await hoverClip(page, wordBox);
  }
  let quickFixText = null;
  if (shot.quickfix) {
    const occurrence = Number(shot.occurrence || 1);
    let qf;
    try {
      qf = await openQuickFix(page, shot.quickfix, { occurrence, menuText: shot.menuText || shot['menu-text'] || 'Replace' });
    } catch (e) {
      await page.screenshot({ path: out });
      throw new Error(`${e.message} (picture of the moment: ${out})`);
    }
    quickFixText = qf.text;
    if (shot.clip === 'quickfix') {
      const w = qf.wordBox;
      clip = unionClip(page, [qf.lineBox, qf.menuBox, qf.bulbBox, { x: w.x - w.width / 2, y: w.y - w.height / 2, width: w.width, height: w.height }]);
    }
  }
  if (shot.clip === 'editor') clip = (await page.locator('.part.editor').boundingBox()) ?? undefined;
  await page.screenshot({ path: out, clip });
  return { out, hoverText, quickFixText };
}

async function main() {
  const t0 = Date.now();
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), spec);
    if (opts.spec) {
      const fromFile = JSON.parse(fs.readFileSync(path.resolve(opts.spec), 'utf8'));
      opts = { ...fromFile, ...opts };
    }
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  if (opts.help) {
    const text = fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n');
    console.log(text.filter((l, i) => i > 0 && l.startsWith('//')).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    return 0;
  }
  const shots = opts.shots || (opts.file ? [{ file: opts.file, line: opts.line, column: opts.column, hover: opts.hover, quickfix: opts.quickfix, menuText: opts['menu-text'], occurrence: opts.occurrence, out: opts.out, clip: opts.clip, settle: opts.settle }] : null);
  if (!shots) { console.error('give --file <name> or --spec <shots.json> (see --help)'); return 2; }
  for (const s of shots) { s.clip ??= opts.clip; s.settle ??= opts.settle; }

  const extension = opts['no-extension'] ? null : path.resolve(opts.extension || REPO_ROOT);
  const workspaceSrc = path.resolve(opts.workspace || path.join(REPO_ROOT, 'test/e2e/fixtures/workspace'));
  const settings = { 'workbench.colorTheme': opts.theme || 'Default Light Modern', ...(typeof opts.settings === 'string' ? JSON.parse(opts.settings) : opts.settings || {}) };
  const viewport = { width: Number(opts.width || 1280), height: Number(opts.height || 800) };
  const timeoutSec = Number(opts.timeout || 300);
  try {
    checkInstalled();
    if (!fs.existsSync(workspaceSrc)) throw new Error(`workspace not found: ${workspaceSrc}`);
    if (extension) {
      const pkg = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
      if (pkg.main && !fs.existsSync(path.resolve(extension, pkg.main))) log(`warning: ${pkg.main} does not exist yet (build the extension first); hovers will be missing`);
    }
  } catch (e) {
    log(`ERROR ${e.message}`);
    return 2;
  }

  const runDir = makeRunDir('shots');
  const workspace = path.join(runDir, 'workspace', path.basename(workspaceSrc));
  fs.cpSync(workspaceSrc, workspace, { recursive: true });
  let server = null;
  let browser = null;
  let code = 1;
  const timer = setTimeout(() => { log(`TIMEOUT after ${timeoutSec}s`); cleanup().finally(() => process.exit(124)); }, timeoutSec * 1000);
  let cleaning = null;
  const cleanup = () => cleaning ??= (async () => {
    clearTimeout(timer);
    if (browser) await Promise.race([browser.context.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
    if (server) await server.stop();
    if (code === 0 && !opts.keep) fs.rmSync(runDir, { recursive: true, force: true });
    else log(`run folder kept: ${path.relative(REPO_ROOT, runDir)}`);
  })();
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, () => { log(`${sig}: cleaning up`); cleanup().finally(() => process.exit(130)); });

  try {
    server = await startCodeServer({ runDir, verbose: !!opts.verbose, settings, installExtensions: extension ? [extension] : [] });
    browser = await launchBrowser({ runDir, viewport, deviceScaleFactor: Number(opts.scale || 1) });
    const { page } = browser;
    await page.goto(workbenchUrl({ origin: server.origin, port: server.port, folder: workspace }), { waitUntil: 'domcontentloaded' });
    await waitForWorkbench(page);
    for (const shot of shots) {
      const { out, hoverText, quickFixText } = await takeShot(page, shot);
      if (hoverText !== null) log(`hover ${shot.hover}: ${hoverText.replace(/\n+/g, ' | ')}`);
      if (quickFixText !== null) log(`quickfix ${shot.quickfix}: ${quickFixText.replace(/\n+/g, ' | ')}`);
      log(`saved ${path.relative(REPO_ROOT, out)}`);
    }
    code = 0;
  } catch (e) {
    log(`ERROR ${e.message}`);
    code = code === 1 && !server ? 2 : 1;
  } finally {
    await cleanup();
  }
  log(`${code === 0 ? 'done' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return code;
}

main().then((c) => process.exit(c), (e) => { console.error(e); process.exit(2); });
