/**
 * What Pacer writes to the recognition feed itself — a goal reached, a contest won, an award — is
 * kept as a code with its values, so each reader sees it in their language and date format. The
 * English text is kept beside it for scripts; posts from before codes existed have only that text.
 */

export const recognitionMessageCodes = [
  'goal_reached',
  'team_goal_reached',
  'contest_placed',
  'contest_qualified',
  'award_given',
] as const;
export type RecognitionMessageCode = (typeof recognitionMessageCodes)[number];

/** A prize as a message names it: cash with amount and currency, goods and travel described. */
export interface MessagePrize {
  kind: 'cash' | 'goods' | 'travel';
  amount: string | null;
  currency: string | null;
  description: string;
}

/**
 * The values of each code, all text: `goalKind` goal, quota or milestone; `prizes` a JSON list of
 * MessagePrize (empty: none); `from` and `to` ISO days.
 */
export interface RecognitionMessage {
  code: RecognitionMessageCode;
  params: Record<string, string>;
}

/** The prizes param as a list; an unreadable one reads as none. */
export const messagePrizes = (params: Record<string, string>): MessagePrize[] => {
  try {
    const parsed: unknown = JSON.parse(params.prizes ?? '[]');
    return Array.isArray(parsed) ? (parsed as MessagePrize[]) : [];
  } catch {
    return [];
  }
};

const prizeText = (prizes: readonly MessagePrize[]) =>
  prizes.map((p) => (p.kind === 'cash' ? `${p.amount} ${p.currency}` : p.description)).join(', ');

const wins = (p: Record<string, string>) => {
  const prizes = messagePrizes(p);
  return prizes.length ? ` and wins ${prizeText(prizes)}` : '';
};

const english: Record<RecognitionMessageCode, (p: Record<string, string>) => string> = {
  goal_reached: (p) => `Reached the ${p.goalKind} "${p.name}"`,
  team_goal_reached: (p) => `Team ${p.team} reached the ${p.goalKind} "${p.name}"`,
  contest_placed: (p) => `Place ${p.place} in "${p.contest}"${wins(p)}`,
  contest_qualified: (p) => `Qualified in "${p.contest}"${wins(p)}`,
  award_given: (p) => `${p.award} (${p.from} – ${p.to}): ${p.citation}`,
};

/** A message in English with ISO dates: the post's plain text, for scripts and older clients. */
export const describeRecognitionMessage = (message: RecognitionMessage): string =>
  english[message.code](message.params);
