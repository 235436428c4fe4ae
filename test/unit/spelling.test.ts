/** Misspelled names: flagged with a fix; real names, aliases and look-alike words left alone. */
import * as assert from 'node:assert/strict';
import { editDistance } from '../../server/src/engine/spelling';
import { Engine } from '../../server/src/engine';
import { applyFix, findings, kbFromYaml } from '../helpers';

function spelling(text: string): string[] {
  return findings(text).filter((f) => f.code === 'name-spelling').map((f) => text.slice(f.start, f.end));
}

describe('name spelling', () => {
  it('"Bukarin" → "Bukharin", as information, with a preferred fix', () => {
    const text = 'Bukarin defended NEP.';
    const fs = findings(text);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].code, 'name-spelling');
    assert.equal(fs[0].severity, 'information');
    assert.equal(text.slice(fs[0].start, fs[0].end), 'Bukarin');
    assert.match(fs[0].message, /Bukharin/);
    assert.equal(applyFix(text, fs[0]), 'Bukharin defended NEP.');
  });

  it('no alarm on a historian cited or named in full ("Lewin (1968)", "Moshe Lewin"); the figures are still checked there', () => {
    assert.deepEqual(spelling('Lewin (1968) argues that Lenin turned against Stalin.'), []);
    assert.deepEqual(spelling('(Lewin, 1968)'), []);
    assert.deepEqual(spelling('Lewin, Moshe. Lenin\'s Last Struggle. London, 1968.'), []);
    assert.deepEqual(spelling('As Moshe Lewin showed, Lenin feared Stalin.'), []);
    assert.deepEqual(spelling('In 1925 Bukarin edited Pravda.'), ['Bukarin']);
    assert.deepEqual(spelling('Nikolai Bukarin edited Pravda.'), ['Bukarin']);
    assert.deepEqual(spelling('Comrade Bukarin edited Pravda.'), ['Bukarin']);
  });

  it("a historian the pack lists is never a misspelled figure, even alone (\"Lewin disagrees\"); without the list he would be", () => {
    assert.deepEqual(spelling('Lewin disagrees.'), []);
    assert.deepEqual(spelling('Historians such as Lewin and Fitzpatrick disagree with Deutscher.'), []);
    const pack = (historians: string): string => `pack: t\ntitle: T\n${historians}entities:\n  - id: lenin\n    kind: person\n    name: Vladimir Lenin\n    label: Lenin\nfacts: []\n`;
    const listed = new Engine(kbFromYaml(pack('historians: [Moshe Lewin]\n')));
    const unlisted = new Engine(kbFromYaml(pack('')));
    const words = (eng: Engine): string[] => findings('Lewin disagrees.', 'markdown', eng).map((f) => f.code);
    assert.deepEqual(words(listed), []);
    assert.deepEqual(words(unlisted), ['name-spelling']);
  });

  it('two letters off only the name a figure goes by: "Uglanov" (a real man) is not "Ulyanov" (Lenin\'s birth name)', () => {
    assert.deepEqual(spelling('The Moscow party organisation, under Uglanov, was purged in late 1928.'), []);
    assert.deepEqual(spelling('Trotksy and Bukahrin spoke.'), ['Trotksy', 'Bukahrin']);
  });

  it('catches dropped, doubled, swapped and changed letters', () => {
    const text = 'Zinovev, Kamanev, Trotksy, Stallin and the Comintren.';
    const fs = findings(text).filter((f) => f.code === 'name-spelling');
    assert.deepEqual(
      fs.map((f) => `${text.slice(f.start, f.end)}→${f.fixes.find((x) => x.preferred)!.edits[0].text}`),
      ['Zinovev→Zinoviev', 'Kamanev→Kamenev', 'Trotksy→Trotsky', 'Stallin→Stalin', 'Comintren→Comintern'],
    );
  });

  it('no alarm on derived words and look-alikes: Trotskyist, Stalingrad, Stalinist, Tomsk, Bukhara', () => {
    assert.deepEqual(spelling('Trotskyist ideas spread to Stalingrad, Tomsk and Bukhara under the Stalinist state.'), []);
  });

  it('no alarm on real names and aliases, including transliterations', () => {
    assert.deepEqual(spelling('Trotskii, Trotzki, Zinovyev, Zinovieff, Bucharin, Djugashvili, Dzhugashvili, Koba and Rykov.'), []);
  });

  it('no alarm on ordinary capitalised words or short words', () => {
    assert.deepEqual(spelling('Historians, Russia, Europe, Moscow, The Party and Lenin.'), []);
    assert.deepEqual(spelling('Stln and Rkv.'), []);
    // Two letters from a name, but a country every essay on the period names ("France" / Frunze).
    assert.deepEqual(spelling('Trotsky lived in Turkey, France, Norway and Mexico.'), []);
    assert.deepEqual(spelling('Frunse replaced Trotsky.'), ['Frunse']);
  });

  it('editDistance counts an adjacent swap once and caps', () => {
    assert.equal(editDistance('trotksy', 'trotsky'), 1);
    assert.equal(editDistance('bukarin', 'bukharin'), 1);
    assert.equal(editDistance('stalin', 'stalin'), 0);
    assert.equal(editDistance('a', 'abcdefgh', 2), 3);
  });

  it('reports a misspelled name and still checks what the sentence says of the person', () => {
    const fs = findings('Bukarin led the left wing.');
    assert.deepEqual(fs.map((f) => f.code).sort(), ['faction', 'name-spelling']);
    assert.match(fs.find((f) => f.code === 'faction')!.message, /^Bukharin was in the right wing/);
  });
});
