import { messagePrizes, type RecognitionPost } from '@pacer/core';
import type { TFunction } from 'i18next';
import { formatDay } from '../../lib/format';
import { prizeLabel } from './contest-format';

/**
 * A post's text in the reader's language: what Pacer posted is a code with values, its days in
 * the reader's date format; kudos, and posts from before codes were kept, read as written.
 */
export const recognitionText = (post: RecognitionPost, t: TFunction): string => {
  const message = post.message;
  if (!message) return post.text;
  const p = message.params;
  const prizes = messagePrizes(p).map(prizeLabel).join(', ');
  const withPrizes = (text: string) => (prizes ? t('incentives.feed.messages.wins', { text, prizes }) : text);
  const goalKind = t(
    `incentives.feed.goalKinds.${p.goalKind === 'milestone' || p.goalKind === 'quota' ? p.goalKind : 'goal'}`,
  );
  switch (message.code) {
    case 'goal_reached':
      return t('incentives.feed.messages.goal_reached', { goalKind, name: p.name });
    case 'team_goal_reached':
      return t('incentives.feed.messages.team_goal_reached', { goalKind, name: p.name, team: p.team });
    case 'contest_placed':
      return withPrizes(t('incentives.feed.messages.contest_placed', { place: p.place, contest: p.contest }));
    case 'contest_qualified':
      return withPrizes(t('incentives.feed.messages.contest_qualified', { contest: p.contest }));
    case 'award_given': {
      const award =
        p.awardKind === 'rep_of_the_month' || p.awardKind === 'rep_of_the_year'
          ? t(`incentives.awards.kinds.${p.awardKind}`)
          : p.award;
      return t('incentives.feed.messages.award_given', {
        award,
        from: formatDay(p.from),
        to: formatDay(p.to),
        citation: p.citation,
      });
    }
  }
};
