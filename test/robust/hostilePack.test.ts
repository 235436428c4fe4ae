/**
 * A pack written to attack the people who load it: links to VS Code commands, images that call
 * home, script tags, javascript: URLs, terminal escapes. Pack text is data: hover cards escape
 * it (in the engine and over LSP), the CLI prints it without control characters, and a pack
 * cannot name other files.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { card, Engine } from '../../server/src/engine';
import { parsePack } from '../../server/src/knowledge/parse';
import { KnowledgeService } from '../../server/src/knowledge/service';
import { kbFromYaml, ROOT } from '../helpers';
import { LspClient, fileUri, positionAt } from '../lsp/client';

const HOSTILE = `pack: hostile
title: "Hostile <script>alert(1)</script>"
sources:
  evil: { title: "[Five-Year sources](command:workbench.action.terminal.new) <img src=https://evil.example/s.png>" }
entities:
  - id: evil-person
    kind: person
    name: "Ivan [click](command:workbench.action.terminal.new) Evilov"
    label: Evilov
    aliases: ["<img src=https://evil.example/x.png>", "![x](https://evil.example/y.png)", "Evilov-Tricks"]
    role: "Commissar <script>alert('role')</script> of the Five-Year Plan"
    summary: "Lenin's heir and Stalin's rival in the Five-Year Plan. [docs](javascript:alert(1)) <img src=https://evil.example/x.png onerror=alert(1)> ![x](https://evil.example/y.png) <script>fetch('https://evil.example')</script> Run command:workbench.action.terminal.new or <https://evil.example/auto> or www.evil.example now. [ref]: https://evil.example/ref **bold** _it_ ~~gone~~"
    born: 1890
    source: evil
  - id: evil-wing
    kind: faction
    name: "[left](command:workbench.action.reloadWindow) wing of Evil"
    summary: "# Heading\\n1. list\\n- item\\n> quote\\n    code block"
  - id: evil-plan
    kind: policy
    name: "<iframe src=https://evil.example>Plan</iframe>"
  - id: evil-death
    kind: event
    name: "Death of <b>Evilov</b>"
    date: 1930
    subject: evil-person
    verbs: [died]
facts:
  - { who: evil-person, rel: member, what: evil-wing, from: 1924, to: 1926, source: evil }
  - { who: evil-person, rel: supports, what: evil-plan, from: 1924, source: evil }
`;

/** Markdown that a renderer would turn into a link, image, HTML or a command, unescaped. */
function liveSyntax(md: string): string[] {
  const bad: string[] = [];
  const unescaped = (re: RegExp, what: string): void => {
    for (const m of md.matchAll(re)) {
      // Count the backslashes before the match: an odd number escapes it.
      let k = m.index! - 1;
      let slashes = 0;
      while (k >= 0 && md[k] === '\\') {
        slashes++;
        k--;
      }
      if (slashes % 2 === 0) bad.push(`${what} at ${m.index}: ${JSON.stringify(md.slice(Math.max(0, m.index! - 20), m.index! + 30))}`);
    }
  };
  unescaped(/\]\(/g, 'link');
  unescaped(/\]\[/g, 'reference link');
  unescaped(/\]:/g, 'link definition');
  unescaped(/<(?=[a-z/!?])/gi, 'HTML or autolink');
  unescaped(/!\[/g, 'image');
  for (const scheme of ['command:', 'javascript:', 'https:', 'http:', 'data:', 'vscode:', 'file:']) {
    if (md.toLowerCase().includes(scheme)) bad.push(`scheme ${scheme}`);
  }
  if (/\bwww\./i.test(md)) bad.push('www autolink');
  // Block syntax from pack text at the start of a line (the card's own "- *Faction:*" bullets aside).
  for (const line of md.split('\n')) {
    if (/^- \*[A-Z][\w ]*:\* /.test(line)) continue;
    if (/^\s{0,3}(#|\d+[.)](\s|$)|[-+*](\s|$)|>|~~~|```)/.test(line)) bad.push(`block syntax: ${JSON.stringify(line.slice(0, 40))}`);
    if (/^( {4}|\t)/.test(line)) bad.push(`indented code: ${JSON.stringify(line.slice(0, 40))}`);
  }
  return bad;
}

describe('a hostile pack', function () {
  this.timeout(30000);

  it('loads (it is valid data), so its text reaches the cards', () => {
    const r = parsePack(HOSTILE, 'hostile.yaml');
    assert.deepEqual(r.problems, []);
  });

  it('engine cards escape every link, image, tag and scheme, and keep ordinary punctuation', () => {
    const kb = kbFromYaml(HOSTILE, 'hostile.yaml');
    for (const ent of kb.entities.values()) {
      const md = card(kb, ent);
      assert.deepEqual(liveSyntax(md), [], `${ent.id}:\n${md}`);
      assert.ok(!/<(img|script|iframe|b)\b/i.test(md.replace(/\\</g, '')), `${ent.id}: no tag survives:\n${md}`);
    }
    const md = card(kb, kb.get('evil-person')!);
    // Ordinary punctuation inside words is left alone, so the text still reads (and hover tests can find words).
    for (const s of ["Lenin's heir", "Stalin's rival", 'Five-Year Plan', 'Evilov-Tricks']) assert.ok(md.includes(s), `"${s}" in:\n${md}`);
    // The words are still there, only defused.
    assert.match(md, /click/);
    assert.match(md, /workbench\.action\.terminal\.new/);
  });

  it('completion documentation (a card) is escaped too', () => {
    const kb = kbFromYaml(HOSTILE, 'hostile.yaml');
    const items = new Engine(kb).complete('Evil', 4);
    assert.ok(items.length > 0);
    for (const it of items) assert.deepEqual(liveSyntax(it.documentation), [], it.documentation);
  });

  it('the LSP hover on a workspace pack is escaped', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-hostile-'));
    const c = new LspClient();
    try {
      fs.mkdirSync(path.join(root, '.clio', 'knowledge'), { recursive: true });
      fs.writeFileSync(path.join(root, '.clio', 'knowledge', 'hostile.yaml'), HOSTILE);
      await c.initialize({ rootPath: root });
      const uri = fileUri(path.join(root, 'essay.md'));
      const text = 'In 1925 Evilov and Bukharin met.';
      c.open(uri, 'markdown', text, 1);
      const h = await c.hover(uri, positionAt(text, text.indexOf('Evilov') + 2));
      assert.ok(h, 'a hover');
      assert.equal(h.contents.kind, 'markdown');
      assert.deepEqual(liveSyntax(h.contents.value), [], h.contents.value);
      assert.ok(h.contents.value.includes("Lenin's heir"));
      assert.ok(h.contents.value.includes('Five-Year Plan'));
      // The bundled card is untouched by the hostile pack.
      const hb = await c.hover(uri, positionAt(text, text.indexOf('Bukharin') + 2));
      assert.match(hb?.contents.value ?? '', /right wing/);
    } finally {
      await c.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('clio explain prints no terminal control sequences from a pack', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-hostile-cli-'));
    try {
      const pack = path.join(dir, 'ansi.yaml');
      // YAML double-quoted escapes: ESC sequences that would clear the screen, recolour, or hide a hyperlink.
      fs.writeFileSync(
        pack,
        'pack: ansi\ntitle: ANSI\nentities:\n  - id: ansi-man\n    kind: person\n    name: "Anton \\e[2J\\e[31mAnsi"\n    label: Ansi\n    summary: "Before \\e]8;;https://evil.example\\aclick\\e]8;;\\a after \\x9b31m and \\r overwrite \\b back"\nfacts: []\n',
      );
      const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'explain', '--no-bundled', '--pack', pack, 'Ansi'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Anton/);
      assert.match(r.stdout, /Before/);
      // eslint-disable-next-line no-control-regex
      assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(r.stdout), JSON.stringify(r.stdout));
      const essay = path.join(dir, 'essay.txt');
      fs.writeFileSync(essay, 'Ansi led the left wing.\n');
      const c = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--no-bundled', '--pack', pack, essay], { encoding: 'utf8' });
      // eslint-disable-next-line no-control-regex
      assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(c.stdout + c.stderr), JSON.stringify(c.stdout + c.stderr));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a pack cannot reference files: include is an unknown field', () => {
    for (const key of ['include', 'import', '$ref', 'extends']) {
      const r = parsePack(`pack: inc\ntitle: Include\n${key}: /etc/passwd\nentities: []\nfacts: []\n`, 'inc.yaml');
      assert.equal(r.pack, undefined, key);
      assert.equal(r.problems.length, 1, key);
      assert.equal(r.problems[0].line, 3);
      assert.match(r.problems[0].message, new RegExp(`unknown field "${key.replace('$', '\\$')}"`));
    }
    // Nor inside an entity, nor as a YAML tag that would read a file.
    const inEntity = parsePack('pack: inc\ntitle: Include\nentities:\n  - { id: a, kind: person, name: A, include: /etc/passwd }\nfacts: []\n', 'inc.yaml');
    assert.match(inEntity.problems[0]?.message ?? '', /unknown field "include"/);
    const tagged = parsePack('pack: inc\ntitle: !!binary aGVsbG8=\nentities: []\nfacts: []\n', 'inc.yaml');
    assert.ok(!tagged.pack || typeof tagged.pack.raw.title === 'string');
    const custom = parsePack('pack: inc\ntitle: !include /etc/passwd\nentities: []\nfacts: []\n', 'inc.yaml');
    if (custom.pack) assert.equal(custom.pack.raw.title, '/etc/passwd', 'an unknown tag is kept as plain text, never resolved');
    const service = new KnowledgeService({ bundled: false, paths: [] });
    assert.equal(service.watchedFiles.length, 0);
  });
});
