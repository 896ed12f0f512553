import { describe, expect, it } from 'vitest';
import { apiOf } from './support/api';
import { screenshot, viewportShot } from './support/browser';
import { pickOption } from './support/forms';
import { closePage, uniqueTag, useJourneyServer } from './support/pacer';

interface Standing {
  rank: number | null;
  repId: string;
  repName: string;
  value: string | null;
  qualifies: boolean;
}
interface Winner {
  repId: string;
  place: number | null;
  statementId: string | null;
}
interface Adjustment {
  amount: string;
  currency: string;
  reason: string;
}

/** A manager runs a week-long call contest with a cash prize; reps call; the winner's prize lands on their statement. */
describe('contests and recognition', () => {
  const journey = useJourneyServer();
  const tag = uniqueTag();
  const contestName = `Call week ${tag}`;
  const kudos = `Great week on the phones ${tag}!`;
  const citation = `Won the call week ${tag}`;
  let contestId = '';
  let repId = '';
  let repName = '';

  it('lets a manager run a week-long contest on calls; the leaderboard moves as reps call, and finishing pays the prize', async () => {
    const desk = await journey.openSignedIn('manager@summit.example');
    const { page } = desk;
    await page.getByRole('link', { name: 'Contests' }).click();
    await page.getByTestId('contest-new').click();
    await page.getByTestId('contest-name').fill(contestName);
    await pickOption(page, 'Team', /Inside Sales/);
    await page.getByLabel('Winning places').fill('1');
    await page.getByTestId('prize-amount').fill('250');
    await screenshot(page, 'contest-new');
    await page.getByTestId('contest-create').click();
    await page.getByTestId('contest-board').waitFor();
    contestId = page.url().split('/').at(-1)?.split('?')[0] ?? '';
    const api = await apiOf(page);

    // The rep calls until they lead by two.
    const phone = await journey.openSignedIn('rep@summit.example');
    const repApi = await apiOf(phone.page);
    repId = (await repApi.get<{ user: { id: string; name: string } }>('/session')).user.id;
    repName = (await repApi.get<{ user: { id: string; name: string } }>('/session')).user.name;
    const before = await api.get<{ rows: Standing[] }>(`/contests/${contestId}/leaderboard`);
    const own = Number(before.rows.find((row) => row.repId === repId)?.value ?? 0);
    const best = Math.max(0, ...before.rows.filter((row) => row.repId !== repId).map((row) => Number(row.value ?? 0)));
    for (let i = 0; i < best - own + 2; i += 1) {
      await repApi.post('/activities', { type: 'call', completedAt: new Date(Date.now() - i * 60_000).toISOString() });
    }
    await page.reload();
    const first = page.getByTestId('contest-row').first();
    await expect.poll(() => first.textContent()).toContain(repName);
    await expect.poll(() => first.getByTestId('contest-qualifies').count()).toBe(1);
    await screenshot(page, 'contest-leaderboard');

    // The same board on the sales room's TV.
    await page.getByTestId('contest-tv').click();
    await page.getByTestId('contest-tv-screen').waitFor();
    await viewportShot(page, 'contest-tv');
    await page.getByTestId('contest-tv-exit').click();
    await page.getByTestId('contest-tv-screen').waitFor({ state: 'detached' });

    await page.getByTestId('contest-finish').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Finish and record winners' }).click();
    await page.getByTestId('contest-winners').getByText(repName).waitFor();
    await expect.poll(() => page.getByTestId('contest-status').textContent()).toBe('Finished');
    // The board shows the outcome now: a winner, no longer "winning"; nothing left to change.
    await expect.poll(() => first.getByTestId('contest-qualifies').textContent()).toBe('Winner');
    expect(await page.getByTestId('contest-edit').count()).toBe(0);
    await screenshot(page, 'contest-finished');

    // The winner reads their prize as a bonus line on their open comp statement.
    const detail = await repApi.get<{ winners: Winner[] }>(`/contests/${contestId}`);
    expect(detail.winners.map((winner) => [winner.repId, winner.place])).toEqual([[repId, 1]]);
    const statementId = detail.winners[0]?.statementId;
    expect(statementId).toBeTruthy();
    const statement = await repApi.get<{ status: string; adjustments: Adjustment[] }>(
      `/comp-statements/${statementId}`,
    );
    expect(statement.adjustments).toContainEqual(
      expect.objectContaining({ amount: '250.00', reason: `Contest: ${contestName}` }),
    );
    await closePage(phone);
    await closePage(desk);
  });

  it('lets a manager change a contest before it starts, and cancel it: no winners, shown as cancelled', async () => {
    const desk = await journey.openSignedIn('manager@summit.example');
    const { page } = desk;
    const api = await apiOf(page);
    const teams = await api.get<{ items: { id: string; name: string }[] }>('/teams');
    const team = teams.items.find((entry) => /Inside Sales/.test(entry.name));
    const nextMonday = new Date(Date.now() + ((8 - new Date().getUTCDay()) % 7 || 7) * 86_400_000);
    const planned = await api.post<{ id: string }>('/contests', {
      name: `Meetings sprint ${tag}`,
      metric: 'meetings',
      periodKind: 'week',
      startsOn: nextMonday.toISOString().slice(0, 10),
      participants: 'team',
      teamId: team?.id,
      rule: 'top_n',
      topN: 1,
      prizes: [{ place: 1, kind: 'goods', description: 'Headphones' }],
    });
    await page.goto(`/contests/${planned.id}`);
    await page.getByTestId('contest-edit').click();
    await page.getByTestId('contest-description').fill(`Book the most meetings ${tag}.`);
    await screenshot(page, 'contest-edit');
    await page.getByTestId('contest-save').click();
    await page.getByTestId('contest-board').waitFor();
    await page.getByText(`Book the most meetings ${tag}.`).waitFor();
    await screenshot(page, 'contest-scheduled');

    await page.getByTestId('contest-cancel').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel contest' }).click();
    await expect.poll(() => page.getByTestId('contest-status').textContent()).toBe('Cancelled');
    await page.getByTestId('contest-cancelled').waitFor();
    expect(await page.getByTestId('contest-qualifies').count()).toBe(0);
    expect(await page.getByTestId('contest-finish').count()).toBe(0);
    await screenshot(page, 'contest-cancelled');
    const detail = await api.get<{ status: string; winners: Winner[] }>(`/contests/${planned.id}`);
    expect(detail).toMatchObject({ status: 'cancelled', winners: [] });
    await closePage(desk);
  });

  it('posts kudos and rep of the month that the whole team sees in the recognition feed, with the contest win', async () => {
    const desk = await journey.openSignedIn('manager@summit.example');
    const { page } = desk;
    await page.getByRole('link', { name: 'Recognition' }).click();
    await pickOption(page, 'Who', repName, { search: repName.split(' ')[0] as string });
    await page.getByTestId('kudos-text').fill(kudos);
    await page.getByTestId('kudos-post').click();
    await page.getByTestId('recognition-post').filter({ hasText: kudos }).waitFor();

    // Rep of the month, with a citation: on the awards page and in the feed.
    await page.getByRole('link', { name: 'Awards' }).click();
    await page.getByTestId('award-give').click();
    const dialog = page.getByRole('dialog', { name: 'Give an award' });
    await pickOption(dialog, 'Rep', repName, { search: repName.split(' ')[0] as string });
    await dialog.getByLabel('Citation').fill(citation);
    await dialog.getByRole('button', { name: 'Give an award' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('awards').getByText(citation).waitFor();
    await screenshot(page, 'awards');
    await closePage(desk);

    const phone = await journey.openSignedIn('rep@summit.example');
    await phone.page.getByRole('link', { name: 'Recognition' }).click();
    const posts = phone.page.getByTestId('recognition-post');
    await posts.filter({ hasText: kudos }).waitFor();
    // Pacer's own posts read in the reader's language: “Place 1 in …” with the contest's name.
    await posts.filter({ hasText: `Place 1 in “${contestName}”` }).waitFor();
    await posts.filter({ hasText: citation }).waitFor();
    await screenshot(phone.page, 'recognition-feed');
    const api = await apiOf(phone.page);
    const feed = await api.get<{ items: { kind: string; subjectId: string; text: string }[] }>('/recognition');
    expect(feed.items.slice(0, 3).map((post) => post.kind)).toEqual(['award', 'kudos', 'contest_won']);
    expect(feed.items[1]).toMatchObject({ subjectId: repId, text: kudos });
    await closePage(phone);
  });
});
