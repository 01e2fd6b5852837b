import { daysToDeadline } from '../../../../shared/domain/workshop-deadline';

/** Days left until the deadline day ends (0 on the day), from this browser's clock. */
export function daysLeft(deadline: string): number {
  return daysToDeadline(deadline, new Date());
}
