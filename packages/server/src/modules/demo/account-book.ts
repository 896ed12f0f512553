import type { Random } from './demo-random';
import type { PlannedAccount } from './plan-accounts';

/**
 * A rep's accounts in the order they entered the CRM, picked by weight among those that existed
 * on a given day (a binary search over the creation days, then over the running weights).
 */
export class AccountBook {
  readonly accounts: PlannedAccount[] = [];
  private readonly days: number[] = [];
  private readonly cumulative: number[] = [];

  /** Adds an account that exists from day `day` on; days must not decrease. */
  add(account: PlannedAccount, day: number) {
    this.accounts.push(account);
    this.days.push(day);
    this.cumulative.push((this.cumulative.at(-1) ?? 0) + account.weight);
  }

  /** An account that existed on `day`, more likely the bigger it is. */
  pick(random: Random, day: number): PlannedAccount {
    let low = 0;
    let high = this.days.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.days[mid] as number) <= day) low = mid + 1;
      else high = mid;
    }
    const count = Math.max(1, low);
    const at = random.next() * (this.cumulative[count - 1] as number);
    low = 0;
    high = count - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] as number) > at) high = mid;
      else low = mid + 1;
    }
    return this.accounts[low] as PlannedAccount;
  }
}
