/** Mentions: names, aliases, transliterations, possessives and multi-word terms, by offset. */
import * as assert from 'node:assert/strict';
import type { DocFormat } from '../../server/src/knowledge/model';
import { bundledEngine } from '../helpers';

/** Each mention as "written text=entity id", in document order. */
function mentions(text: string, format: DocFormat = 'markdown'): string[] {
  return bundledEngine()
    .analyse(text, format)
    .mentions.map((m) => `${text.slice(m.start, m.end)}=${m.entity.id}`);
}

describe('mentions', () => {
  it('matches names and aliases whatever their case', () => {
    assert.deepEqual(mentions('STALIN, stalin and Stalin; the POLITBURO and the politburo.'), [
      'STALIN=stalin',
      'stalin=stalin',
      'Stalin=stalin',
      'POLITBURO=politburo',
      'politburo=politburo',
    ]);
  });

  it('matches a possessive, covering the name without the ’s', () => {
    assert.deepEqual(mentions("Stalin's power and Bukharin’s theory and Tomskys' unions."), ['Stalin=stalin', 'Bukharin=bukharin']);
  });

  it('matches transliterations and other names', () => {
    assert.deepEqual(mentions('Trotskii, Zinovyev, Bucharin, Djugashvili, Koba, Lev Davidovich Bronstein and Ulyanov.'), [
      'Trotskii=trotsky',
      'Zinovyev=zinoviev',
      'Bucharin=bukharin',
      'Djugashvili=stalin',
      'Koba=stalin',
      'Lev Davidovich Bronstein=trotsky',
      'Ulyanov=lenin',
    ]);
  });

  it('prefers the longest name: a full name, a multi-word term, an office with its body', () => {
    assert.deepEqual(mentions('Nikolai Bukharin backed Socialism in One Country; the head of the Comintern and the Comintern’s chairman.'), [
      'Nikolai Bukharin=bukharin',
      'Socialism in One Country=socialism-in-one-country',
      'head of the Comintern=comintern-chair',
      'Comintern’s chairman=comintern-chair',
    ]);
    assert.deepEqual(mentions('socialism in one country'), ['socialism in one country=socialism-in-one-country']);
  });

  it('matches a name across a line break inside a paragraph, but not across paragraphs', () => {
    assert.deepEqual(mentions('He met Nikolai\nBukharin in Moscow.'), ['Nikolai\nBukharin=bukharin', 'Moscow=moscow']);
    assert.deepEqual(mentions('He met Nikolai\n\nBukharin.'), ['Bukharin=bukharin']);
    assert.deepEqual(mentions('Socialism in\nOne Country', 'plaintext'), ['Socialism in\nOne Country=socialism-in-one-country']);
  });

  it('matches every word form of a faction', () => {
    assert.deepEqual(mentions('the left wing, left-wingers, a leftist and the left-wing Trotsky').slice(0, 4), [
      'left wing=left-wing',
      'left-wingers=left-wing',
      'leftist=left-wing',
      'left-wing=left-wing',
    ]);
  });

  it('never matches inside a longer word', () => {
    assert.deepEqual(mentions('Trotskyist ideas reached Stalingrad, Tomsk and Bukhara; Stalinism followed.'), []);
  });

  it('finds nothing in masked text (code, math, comments), at the right offsets elsewhere', () => {
    const md = 'See `Stalin` and <!-- Trotsky --> but Kamenev.';
    assert.deepEqual(mentions(md), ['Kamenev=kamenev']);
    const tex = 'Math $Stalin$ and \\cite{trotsky} but \\emph{Kamenev}. % Zinoviev';
    assert.deepEqual(mentions(tex, 'latex'), ['Kamenev=kamenev']);
  });

  it('offsets are UTF-16 indices into the original text', () => {
    const text = '😀 Ünïcödé first, then Stalin.';
    const m = bundledEngine().analyse(text, 'plaintext').mentions;
    assert.equal(m.length, 1);
    assert.equal(text.slice(m[0].start, m[0].end), 'Stalin');
    assert.equal(m[0].start, text.indexOf('Stalin'));
  });
});
