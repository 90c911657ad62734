import { describe, expect, it } from 'vitest';
import { redirectRules } from '../../src/site/redirect-rules.ts';

const moves = [
  { from: '/events/2024-10-02-b/', to: '/events/2024-10-01-a/' },
  { from: '/events/2024-10-01-old/', to: '/events/2024-10-01-a/' },
];

describe('redirectRules', () => {
  it('writes one 301 a line, old address first, in order, under the base path', () => {
    expect(redirectRules(moves, { base: '/story/', force: false }).split('\n')).toEqual([
      expect.stringMatching(/^# /),
      '/story/events/2024-10-01-old/ /story/events/2024-10-01-a/ 301',
      '/story/events/2024-10-02-b/ /story/events/2024-10-01-a/ 301',
      '',
    ]);
  });

  it('forces the rules for Netlify, which would otherwise serve the meta-refresh page at the old address', () => {
    expect(redirectRules(moves, { base: '/', force: true })).toContain(
      '\n/events/2024-10-01-old/ /events/2024-10-01-a/ 301!\n',
    );
  });

  describe('edge cases', () => {
    it('is a comment alone when no event was merged', () => {
      expect(redirectRules([], { base: '/', force: false })).toMatch(/^# [^\n]*\n$/);
    });
  });
});
