/**
 * A complainant's phone and name are personal data: every list, export, print and the command's
 * output shows them masked (138****0001, 张*丰) unless the user chose to show them. The mask
 * keeps enough to tell two callers apart on the phone without giving the number away.
 */

/** Whether personal details are shown in full (the user's choice, per view) or masked. */
export type PersonalView = 'masked' | 'shown';

export { looksMasked, maskName, maskPhone, maskPhonesIn } from '../common/masking';
import { maskName, maskPhone, maskPhonesIn } from '../common/masking';

export interface Personal {
  readonly complainantName: string;
  readonly complainantPhone: string;
  readonly complainantAddress: string;
}

/** The complainant as a list shows them under the chosen view. */
export function personalAs<T extends Personal>(record: T, view: PersonalView): Personal {
  if (view === 'shown') return { complainantName: record.complainantName, complainantPhone: record.complainantPhone, complainantAddress: record.complainantAddress };
  return {
    complainantName: maskName(record.complainantName),
    complainantPhone: maskPhone(record.complainantPhone),
    complainantAddress: maskPhonesIn(record.complainantAddress),
  };
}
