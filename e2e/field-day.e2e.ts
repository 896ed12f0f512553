import { describe, it } from 'vitest';
import { fieldDayJourney } from './support/field-day-steps';
import { expectNoPageErrors, signIn, useJourneyServer } from './support/pacer';

describe('field day', () => {
  const journey = useJourneyServer();

  it('a field rep logs a day on the phone and submits it; the manager reviews it; the rep sees the review', async () => {
    const admin = await journey.open();
    await signIn(admin.page, 'admin@summit.example');
    await fieldDayJourney(journey, admin.page, String(Date.now()).slice(-6));
    expectNoPageErrors(admin.errors);
    await admin.context.close();
  }, 180_000);
});
