import { describe, expect, it } from 'vitest';
import { describeRecognitionMessage, messagePrizes, type RecognitionMessage } from './recognition-messages';

describe('recognition messages', () => {
  it('reads in English with ISO dates, as the posts read before codes were kept', () => {
    const prizes = JSON.stringify([
      { kind: 'cash', amount: '150.50', currency: 'USD', description: '' },
      { kind: 'goods', amount: null, currency: null, description: 'Team lunch' },
    ]);
    const messages: RecognitionMessage[] = [
      { code: 'goal_reached', params: { goalKind: 'milestone', name: 'Two calls today' } },
      { code: 'team_goal_reached', params: { goalKind: 'quota', name: 'Q1', team: 'North' } },
      { code: 'contest_placed', params: { place: '1', contest: 'Call blitz', prizes } },
      { code: 'contest_qualified', params: { contest: 'Call blitz', prizes: '[]' } },
      {
        code: 'award_given',
        params: { award: 'Rep of the month', from: '2026-02-01', to: '2026-02-28', citation: 'Most new customers' },
      },
    ];
    expect(messages.map(describeRecognitionMessage)).toEqual([
      'Reached the milestone "Two calls today"',
      'Team North reached the quota "Q1"',
      'Place 1 in "Call blitz" and wins 150.50 USD, Team lunch',
      'Qualified in "Call blitz"',
      'Rep of the month (2026-02-01 – 2026-02-28): Most new customers',
    ]);
  });

  it('reads an unreadable prize list as none', () => {
    expect(messagePrizes({ prizes: 'not json' })).toEqual([]);
    expect(messagePrizes({ prizes: '{"kind":"cash"}' })).toEqual([]);
    expect(messagePrizes({})).toEqual([]);
  });
});
