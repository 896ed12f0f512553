import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { apiOf } from './api';
import { horizontalOverflow, screenshot, viewportShot } from './browser';
import { closePage, type JourneyServer, openUserMenu } from './pacer';

export interface Person {
  userId: string;
  name: string;
  email: string;
}

export interface FieldTeam {
  teamId: string;
  manager: Person;
  /** A field rep invited for this journey, so the day starts empty whatever the demo holds. */
  rep: Person;
  /** Accounts the rep owns, to pick on the phone. */
  accounts: string[];
  /** A contact at the first account, for the call. */
  contact: string;
}

const password = 'field-day-2026';

/**
 * As the admin: find team "Field Sales East" and its manager, invite a new field rep into it, and give the rep
 * three accounts and a contact. The rep accepts in the given (phone) page, which is then signed in.
 */
export const prepareFieldTeam = async (admin: Page, phone: Page, tag: string): Promise<FieldTeam> => {
  const api = await apiOf(admin);
  const teams = await api.get<{ items: { id: string; name: string; managerId: string | null }[] }>('/teams');
  const team = teams.items.find((entry) => entry.name === 'Field Sales East');
  if (!team?.managerId) throw new Error('The demo has no team "Field Sales East" with a manager');
  const managerMember = await api.get<{ userId: string; name: string; email: string }>(`/members/${team.managerId}`);
  const manager = { userId: managerMember.userId, name: managerMember.name, email: managerMember.email };

  const email = `fiona.field.${tag}@summit.example`;
  const invitation = await api.post<{ acceptUrl: string }>('/invitations', {
    email,
    role: 'rep',
    repType: 'field',
    teamId: team.id,
  });
  const token = new URL(invitation.acceptUrl).searchParams.get('token');
  const accepted = await phone.request.post('/api/v1/invitations/accept', {
    data: { token, name: `Fiona Field ${tag}`, password },
  });
  if (!accepted.ok()) throw new Error(`accept answered ${accepted.status()}: ${await accepted.text()}`);
  const members = await api.get<{ items: { userId: string; name: string; email: string }[] }>(
    `/members?q=${encodeURIComponent(email)}`,
  );
  const repMember = members.items.find((member) => member.email === email);
  if (!repMember) throw new Error(`The invited rep ${email} is not a member`);
  const rep = { userId: repMember.userId, name: repMember.name, email };

  const accounts = [`Harbor Fitness ${tag}`, `Lakeside Dental ${tag}`, `Northgate Bakery ${tag}`];
  const created: string[] = [];
  for (const name of accounts) {
    const account = await api.post<{ id: string }>('/accounts', { name, ownerId: rep.userId });
    created.push(account.id);
  }
  await api.post('/contacts', {
    firstName: 'Mara',
    lastName: `Lind ${tag}`,
    accountId: created[0],
    ownerId: rep.userId,
  });
  return { teamId: team.id, manager, rep, accounts, contact: `Mara Lind ${tag}` };
};

interface LogEntry {
  kind: 'visit' | 'call';
  /** What to type in the picker, and the option to pick. */
  search: string;
  pick: string;
  outcome: string;
  duration: string;
  notes: string;
  /** Called with the form filled in, before saving (a screenshot, say). */
  beforeSave?: () => Promise<void>;
}

/** Log one visit or call on the phone through the big button and the phone-sized form. */
export const logOnPhone = async (page: Page, entry: LogEntry): Promise<void> => {
  await page.getByTestId(entry.kind === 'visit' ? 'log-visit' : 'log-call').click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const picker = dialog.getByLabel(/^(Account or contact|Firma oder Kontakt)/);
  await picker.click();
  await picker.pressSequentially(entry.search, { delay: 20 });
  await page.getByRole('option', { name: entry.pick }).click();
  await dialog.locator('label', { hasText: entry.outcome }).first().click();
  await dialog.locator('label', { hasText: entry.duration }).first().click();
  await dialog.getByLabel(/^(Notes|Notizen)/).fill(entry.notes);
  await entry.beforeSave?.();
  await dialog.getByRole('button', { name: /^(Save|Speichern)$/ }).click();
  await dialog.waitFor({ state: 'detached' });
};

/**
 * The field day: on a phone the rep logs three visits and a call, writes the note and submits; the manager
 * reviews it with a comment on a desktop; the rep sees the review and answers. Screenshots along the way.
 */
export const fieldDayJourney = async (journey: JourneyServer, admin: Page, tag: string): Promise<void> => {
  const phone = await journey.open({ phone: true });
  const team = await prepareFieldTeam(admin, phone.page, tag);
  const page = phone.page;

  await page.goto('/my-day');
  await page.getByTestId('log-visit').waitFor();
  await page.getByText('Nothing logged yet').waitFor();
  await screenshot(page, 'myday-phone-empty');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  const [first = '', second = '', third = ''] = team.accounts;
  await logOnPhone(page, {
    kind: 'visit',
    search: 'Harbor',
    pick: first,
    outcome: 'Presentation held',
    duration: '45 min',
    notes: 'Met the owner at the front desk. Showed the new rowing line; wants a quote for 6 machines.',
    beforeSave: async () => {
      // The top of the form, as the rep sees it before scrolling to the notes.
      await page.locator('textarea:focus').blur();
      await page.locator('.mantine-Modal-content').evaluate((element) => element.scrollTo(0, 0));
      // What the phone shows, not the page behind the full-screen form.
      await viewportShot(page, 'myday-phone-log-visit');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    },
  });
  await logOnPhone(page, {
    kind: 'visit',
    search: 'Lakeside',
    pick: second,
    outcome: 'Appointment booked',
    duration: '30 min',
    notes: 'Practice manager interested; demo booked for next Tuesday.',
  });
  await logOnPhone(page, {
    kind: 'visit',
    search: 'Northgate',
    pick: third,
    outcome: 'Not interested',
    duration: '15 min',
    notes: 'Just renewed with a competitor for two years.',
  });
  await logOnPhone(page, {
    kind: 'call',
    search: 'Mara',
    pick: team.contact,
    outcome: 'Connected',
    duration: '15 min',
    notes: 'Confirmed the quote goes out tomorrow.',
  });
  await expect.poll(() => page.getByTestId('day-activity').count()).toBe(4);
  expect(await page.getByTestId('day-counts').textContent()).toContain('3 visits · 1 call');

  await page
    .getByTestId('day-summary')
    .fill('Good day in the harbour district: one quote to send, one demo booked. Need pricing help for Harbor.');
  await screenshot(page, 'myday-phone-day');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  await page.getByTestId('submit-day').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit daily call report' }).click();
  await page.getByTestId('review-status').waitFor();
  await page.getByText('This day is submitted and locked.').waitFor();
  expect(await page.getByTestId('log-visit').count()).toBe(0);
  await screenshot(page, 'myday-phone-submitted');

  // The manager reviews on a desktop, with a comment.
  const desk = await journey.openSignedIn(team.manager.email);
  await desk.page.getByRole('link', { name: 'Call reports' }).click();
  await desk.page.waitForURL((url) => url.pathname === '/call-reports');
  const waiting = desk.page.getByTestId('call-reports-submitted');
  const row = waiting.getByTestId('call-report-row').filter({ hasText: team.rep.name });
  await row.waitFor();
  await viewportShot(desk.page, 'callreports-list');
  await row.click();
  await desk.page.waitForURL((url) => url.pathname.startsWith('/call-reports/'));
  await desk.page.getByTestId('day-activity').first().waitFor();
  expect(await desk.page.getByTestId('day-activity').count()).toBe(4);
  expect(await desk.page.getByTestId('report-summary').textContent()).toContain('one demo booked');
  await desk.page
    .getByRole('textbox', { name: 'Comment for the rep' })
    .fill('Nice work on Harbor. I will join you for the pricing call on Thursday.');
  await screenshot(desk.page, 'callreports-report');
  await desk.page.getByRole('button', { name: 'Mark reviewed' }).click();
  await desk.page.locator('[data-testid="call-report-status"][data-status="reviewed"]').waitFor();
  await desk.page.getByTestId('comment').filter({ hasText: 'pricing call on Thursday' }).waitFor();
  await screenshot(desk.page, 'callreports-reviewed');
  await openUserMenu(desk.page);
  await desk.page.getByTestId('language-de').click();
  await desk.page.getByText('Besuche und Anrufe').waitFor();
  await screenshot(desk.page, 'callreports-reviewed-de');
  await desk.page.getByRole('link', { name: 'Alle Besuchsberichte' }).click();
  await desk.page.getByTestId('call-reports-reviewed').getByTestId('call-report-row').first().waitFor();
  await screenshot(desk.page, 'callreports-list-de');
  await closePage(desk);

  // A manager on the road reads the reports on a phone too.
  const managerPhone = await journey.openSignedIn(team.manager.email, { phone: true });
  await managerPhone.page.goto('/call-reports');
  await managerPhone.page.getByTestId('call-report-row').first().click();
  await managerPhone.page.getByTestId('comment-thread').waitFor();
  await screenshot(managerPhone.page, 'callreports-phone-de');
  expect(await horizontalOverflow(managerPhone.page)).toBeLessThanOrEqual(0);
  await closePage(managerPhone);

  // Back on the phone the rep sees the review and answers.
  await page.reload();
  await page.getByText(`Reviewed by ${team.manager.name}`, { exact: false }).waitFor();
  await page.getByTestId('comment').filter({ hasText: 'pricing call on Thursday' }).waitFor();
  await page.getByRole('textbox', { name: 'Write a comment' }).fill('Thanks! I will bring the rowing brochure.');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => page.getByTestId('comment').count()).toBe(2);
  await screenshot(page, 'myday-phone-reviewed');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // The same day in German.
  await openUserMenu(page);
  await page.getByTestId('language-de').click();
  await page.getByText('Dieser Tag ist eingereicht und gesperrt.').waitFor();
  await screenshot(page, 'myday-phone-reviewed-de');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await closePage(phone);
};
