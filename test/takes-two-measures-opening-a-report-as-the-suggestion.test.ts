import { describe, expect, it } from 'vitest';
import { withSuggestionFirst } from '../src/opinions/dialog/suggestion-first.ts';

describe('a report opened with the measures wanted', () => {
  it('takes two measures, each asked for, as the suggestion', () => {
    const after = withSuggestionFirst({}, { situation: '城区的公厕应该延长开放时间，或者增设一批智能公厕' });
    expect(after).toEqual({ suggestion: '城区的公厕应该延长开放时间，或者增设一批智能公厕' });
  });

  it('keeps a clause telling the problem in the story', () => {
    const told = { situation: '城区的公厕晚上都锁了，应该延长开放时间' };
    expect(withSuggestionFirst({}, told)).toEqual(told);
  });
});
