import { describe, it } from 'vitest';
import { fieldDayJourney } from './support/field-day-steps';
import { closePage, uniqueTag, useJourneyServer } from './support/pacer';

describe('field day', () => {
  const journey = useJourneyServer();

  it('a field rep logs a day on the phone and submits it; the manager reviews it; the rep sees the review', async () => {
    const admin = await journey.openSignedIn('admin@summit.example');
    await fieldDayJourney(journey, admin.page, uniqueTag());
    await closePage(admin);
  }, 180_000);
});
