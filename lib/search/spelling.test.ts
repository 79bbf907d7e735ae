import { expect, test } from 'vitest';
import { allowedMistakes, editDistance, nearShardKeys, shardKey, soundKey } from './spelling';

test.each([
  ['diarrhoea', 'diarea'],
  ['diarea', 'diarea'],
  ['physio', 'fysio'],
  ['fysio', 'fysio'],
  ['lymphoedema', 'lymfedema'],
  ['oedema', 'edema'],
  ['anaemia', 'anemia'],
])('"%s" sounds like "%s"', (word, key) => {
  expect(soundKey(word)).toBe(key);
});

test('a word and its sound-alike spelling are in the same shard', () => {
  expect(shardKey('fysio')).toBe(shardKey('physiotherapist'));
  expect(shardKey('diarea')).toBe(shardKey('diarrhoea'));
  expect(shardKey('lymphodema')).toBe(shardKey('lymphoedema'));
  expect(shardKey('tierd')).toBe(shardKey('tired'));
});

test('shard keys are safe file names, whatever the letters', () => {
  expect(shardKey('cancer')).toBe('ca');
  expect(shardKey('x')).toBe('x');
  expect(shardKey('ßa')).toBe('_dfa');
  expect(shardKey('日本')).toMatch(/^[a-z0-9_]+$/);
});

test('two swapped letters are one mistake', () => {
  expect(editDistance('tierd', 'tired', 2)).toBe(1);
  expect(editDistance('fatige', 'fatigue', 2)).toBe(1);
  expect(editDistance('kitten', 'sitting', 5)).toBe(3);
});

test('stops counting once the distance is over the limit', () => {
  expect(editDistance('cancer', 'sleeping', 1)).toBe(2);
  expect(editDistance('a', 'abcdef', 2)).toBe(3);
});

test('short words must be exact; longer words may have one or two mistakes', () => {
  expect(allowedMistakes('HNA'.length)).toBe(0);
  expect(allowedMistakes('tierd'.length)).toBe(1);
  expect(allowedMistakes('nueropathy'.length)).toBe(2);
});

test('a mistake in the first letters points at the shard the word is really in', () => {
  expect(nearShardKeys('nueropathy')).toContain(shardKey('neuropathy'));
  expect(nearShardKeys('itred')).toContain(shardKey('tired'));
});
