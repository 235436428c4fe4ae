/** Hover cards through the façade: what a card says about a person, body, office, idea. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Engine } from '../../server/src/engine';
import { buildKnowledge } from '../../server/src/knowledge/build';
import { loadPacks } from '../../server/src/knowledge/load';
import { FIXTURES, bundledEngine } from '../helpers';

/** The card for the word at its first occurrence (hovering its second character). */
function hoverOn(text: string, word: string, engine: Engine = bundledEngine()): { markdown: string; covered: string } | undefined {
  const a = engine.analyse(text, 'markdown');
  const at = text.indexOf(word);
  assert.ok(at >= 0);
  const h = engine.hover(a, at + 1);
  return h && { markdown: h.markdown, covered: text.slice(h.start, h.end) };
}

/** The bullet of a card with the given label, e.g. "Faction". */
function bullet(markdown: string, label: string): string {
  return markdown.split('\n').find((l) => l.startsWith(`- *${label}:*`)) ?? '';
}

const SOURCE_NOTES = 'Class notes: Who were the contenders of the power struggle?';

describe('hover cards', () => {
  const text = "Historians agree that Bukharin's views, Trotsky's Red Army, the General Secretary, Socialism in One Country, the Secretariat and Leningrad mattered.";

  it('a person: faction with dates, offices, power base, views, allies and rivals, key dates and sources', () => {
    const h = hoverOn(text, 'Bukharin')!;
    assert.equal(h.covered, 'Bukharin');
    assert.match(h.markdown, /^\*\*Nikolai Bukharin\*\* — /);
    assert.match(bullet(h.markdown, 'Faction'), /led the right wing \(1923–1929\)/);
    assert.match(bullet(h.markdown, 'Offices'), /editor of Pravda \(1918–1929\)/);
    assert.match(bullet(h.markdown, 'Offices'), /Chairman of the Comintern \(1926–1929\)/);
    assert.match(bullet(h.markdown, 'Power base'), /Moscow \(1926–1929\)/);
    assert.match(bullet(h.markdown, 'Views'), /for New Economic Policy \(1923–1929\)/);
    assert.match(bullet(h.markdown, 'Views'), /against rapid industrialisation/);
    assert.match(bullet(h.markdown, 'Authored'), /Enrich yourselves \(from 1925\)/);
    // Sides both ways, in the order taken: Stalin's ally, then his rival.
    assert.match(bullet(h.markdown, 'Allies'), /Stalin \(1925–1928\)/);
    assert.match(bullet(h.markdown, 'Rivals'), /Trotsky \(1923–1927\).*Stalin \(1928–1929\)/);
    assert.match(bullet(h.markdown, 'Key dates'), /born 9 October 1888/);
    assert.match(bullet(h.markdown, 'Key dates'), /Bukharin's execution: 15 March 1938/);
    assert.match(h.markdown, /\*Also:\* .*Bucharin/);
    assert.ok(h.markdown.includes(`*Source:* `) && h.markdown.includes(SOURCE_NOTES));
  });

  it('a person named with a possessive: the card covers the name only', () => {
    const h = hoverOn(text, 'Trotsky')!;
    assert.equal(h.covered, 'Trotsky');
    assert.match(bullet(h.markdown, 'Faction'), /led the left wing \(1923–1927\)/);
    assert.match(bullet(h.markdown, 'Offices'), /People's Commissar for War \(1918–1925\)/);
    assert.match(bullet(h.markdown, 'Power base'), /Red Army \(1918–1925\)/);
    assert.match(bullet(h.markdown, 'Authored'), /Permanent Revolution/);
  });

  it('a body: who headed, controlled and drew power from it, and when', () => {
    const h = hoverOn(text, 'Red Army')!;
    assert.equal(h.covered, 'Red Army');
    assert.match(bullet(h.markdown, 'Headed by'), /Trotsky as People's Commissar for War \(1918–1925\)/);
    assert.match(bullet(h.markdown, 'Controlled by'), /Trotsky \(1918–1925\); Frunze \(1925\); Voroshilov \(1925–1940\)/);
    assert.match(bullet(h.markdown, 'Power base of'), /Trotsky \(1918–1925\)/);
    const s = hoverOn(text, 'Secretariat')!;
    assert.match(bullet(s.markdown, 'Headed by'), /Stalin as General Secretary \(from 1922\)/);
  });

  it('an office: who held it and when, and its body', () => {
    const h = hoverOn(text, 'General Secretary')!;
    assert.equal(h.covered, 'General Secretary');
    assert.match(bullet(h.markdown, 'Held by'), /Stalin \(from 1922\)/);
    assert.match(bullet(h.markdown, 'Body'), /Secretariat/);
  });

  it('an idea with an event that took a while: its key date is the span', () => {
    const h = hoverOn("Lenin's Testament warned the party.", 'Testament')!;
    assert.match(bullet(h.markdown, 'Key dates'), /dictation of Lenin's Testament: December 1922 – January 1923/);
  });

  it('a policy: who proposed, supported and opposed it, and when', () => {
    const h = hoverOn(text, 'Socialism in One Country')!;
    assert.equal(h.covered, 'Socialism in One Country');
    assert.match(bullet(h.markdown, 'Author'), /Stalin \(from 1924\)/);
    assert.match(bullet(h.markdown, 'Supporters'), /Bukharin \(1924–1929\)/);
    assert.match(bullet(h.markdown, 'Opponents'), /Trotsky \(1924–1927\)/);
    assert.match(bullet(h.markdown, 'Rivals'), /Permanent Revolution/);
  });

  it('a place: whose power base it was', () => {
    const h = hoverOn(text, 'Leningrad')!;
    assert.match(bullet(h.markdown, 'Power base of'), /Zinoviev \(1917–1926\)/);
  });

  it('nothing for words that name nothing the pack knows', () => {
    assert.equal(hoverOn(text, 'Historians'), undefined);
    assert.equal(hoverOn(text, 'mattered'), undefined);
  });

  it('escapes pack text so a card cannot inject links or HTML', () => {
    const h = hoverOn(text, 'Bukharin')!;
    assert.ok(!/<[a-z]/i.test(h.markdown), 'no raw HTML');
    assert.ok(!/\]\(/.test(h.markdown), 'no Markdown links');
  });

  it('works the same for another pack (the engine knows no topic)', () => {
    const r = loadPacks([path.join(FIXTURES, 'packs', 'english-civil-war.yaml')]);
    assert.deepEqual(r.problems, []);
    const ecw = new Engine(buildKnowledge(r.packs).kb);
    const h = hoverOn("Sir Thomas Fairfax led Parliament's New Model Army.", 'Fairfax', ecw)!;
    assert.equal(h.covered, 'Sir Thomas Fairfax');
    assert.match(bullet(h.markdown, 'Offices'), /Lord General of the New Model Army \(1645–1650\)/);
    assert.ok(h.markdown.includes('Class notes: the English Civil War'));
    const army = hoverOn("Sir Thomas Fairfax led Parliament's New Model Army.", 'New Model Army', ecw)!;
    assert.match(bullet(army.markdown, 'Controlled by'), /Fairfax \(1645–1650\); Cromwell \(from 1650\)/);
    assert.equal(hoverOn('Historians disagree.', 'Historians', ecw), undefined);
  });

  it('cards and completion names built ahead (Engine.prepare) are the ones built on first use', () => {
    const fresh = (): Engine => new Engine(buildKnowledge(loadPacks([path.join(FIXTURES, 'packs', 'english-civil-war.yaml')]).packs).kb);
    const ahead = fresh();
    ahead.prepare();
    const onDemand = fresh();
    const essay = "Sir Thomas Fairfax led Parliament's New Model Army.";
    for (const word of ['Fairfax', 'New Model Army']) assert.deepEqual(hoverOn(essay, word, ahead), hoverOn(essay, word, onDemand));
    assert.ok(hoverOn(essay, 'Fairfax', ahead)!.markdown.includes('Lord General of the New Model Army'));
    const typed = 'The army of Fair';
    const items = ahead.complete(typed, typed.length);
    assert.equal(items[0]?.label, onDemand.complete(typed, typed.length)[0]?.label);
    assert.deepEqual(items, onDemand.complete(typed, typed.length));
    assert.match(items[0].documentation, /Lord General of the New Model Army/);
  });
});
