import { acceptedOn, validateFund, validatePayment, type EstateFund, type FundDraft, type FundPayment, type PaymentDraft, type PaymentFields } from '../../shared/campaigns';
import { refuse, validOrRefuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { assertEditedVersion } from '../db/staleEdit';
import { nextTimestamp } from '../db/timestamps';
import { campaignNotFound, exceedsShare, paymentNeedsAcceptance, unknownEstateId } from './campaignProblems';

/** Sets an estate's fund in a campaign (one per estate): a new one, or the stored one replaced. */
export async function saveFund(db: StreetLedgerDb, draft: FundDraft): Promise<EstateFund> {
  const [row] = await saveFunds(db, draft, [draft.estateId]);
  return row!;
}

/**
 * The same fund for several estates at once (plan 4: 10万 for each of ten estates), all or
 * none: one transaction. `edited` is the `updatedAt` of the one stored fund a form corrects: a
 * save over a later write is refused.
 */
export async function saveFunds(db: StreetLedgerDb, draft: Omit<FundDraft, 'estateId'>, estateIds: readonly unknown[], edited?: number): Promise<EstateFund[]> {
  const all = estateIds.length === 0 ? [validOrRefuse(validateFund({ ...draft, estateId: '' }))] : estateIds.map((estateId) => validOrRefuse(validateFund({ ...draft, estateId })));
  return db.transaction('rw', [db.campaigns, db.estates, db.campaignFunds], async () => {
    const out: EstateFund[] = [];
    for (const fields of all) {
      if (!(await db.campaigns.get(fields.campaignId))) refuse(campaignNotFound('campaign'));
      if (!(await db.estates.get(fields.estateId))) refuse(unknownEstateId(fields.estateId));
      const stored = await db.campaignFunds.where('[campaignId+estateId]').equals([fields.campaignId, fields.estateId]).first();
      if (stored) assertEditedVersion(stored, edited);
      const at = nextTimestamp(stored?.updatedAt);
      const row: EstateFund = stored ? { ...stored, ...fields, updatedAt: at } : { ...fields, id: newId(), createdAt: at, updatedAt: at };
      await db.campaignFunds.put(row);
      out.push(row);
    }
    return out;
  });
}

/**
 * Records a payment. Refused: more than the source's share leaves (the share itself, never a
 * float sum), and a last payment before the estate is accepted where the campaign makes
 * acceptance its condition (a survey at or above its threshold on or before the day paid).
 */
export async function recordPayment(db: StreetLedgerDb, draft: PaymentDraft): Promise<FundPayment> {
  const fields = validOrRefuse(validatePayment(draft));
  return db.transaction('rw', [db.campaigns, db.estates, db.campaignFunds, db.campaignPayments, db.surveys], async () => {
    await checkPayment(db, fields, null);
    const at = nextTimestamp();
    const row: FundPayment = { ...fields, id: newId(), createdAt: at, updatedAt: at };
    await db.campaignPayments.add(row);
    return row;
  });
}

async function checkPayment(db: StreetLedgerDb, fields: PaymentFields, id: string | null): Promise<void> {
  const campaign = await db.campaigns.get(fields.campaignId);
  if (!campaign) return refuse(campaignNotFound('campaign'));
  const estate = await db.estates.get(fields.estateId);
  if (!estate) return refuse(unknownEstateId(fields.estateId));
  const fund = await db.campaignFunds.where('[campaignId+estateId]').equals([fields.campaignId, fields.estateId]).first();
  const share = fund?.shares.find((s) => s.source === fields.source);
  if (share) {
    const paid = (await db.campaignPayments.where('estateId').equals(fields.estateId).toArray())
      .filter((p) => p.id !== id && p.campaignId === fields.campaignId && p.source === fields.source)
      .reduce((n, p) => n + p.amountFen, 0);
    if (paid + fields.amountFen > share.fen) refuse(exceedsShare((share.fen - paid) / 100));
  }
  if (fields.stage === 'final' && campaign.finalPaymentNeedsAcceptance) {
    const accepted = acceptedOn(await db.surveys.where('estateId').equals(fields.estateId).toArray());
    if (accepted === null || accepted > fields.paidOn) refuse(paymentNeedsAcceptance(estate.name));
  }
}

export async function deletePayment(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.campaignPayments, async () => {
    if (!(await db.campaignPayments.get(id))) refuse(campaignNotFound('payment'));
    await db.campaignPayments.delete(id);
  });
}

export async function deleteFund(db: StreetLedgerDb, id: string): Promise<void> {
  await db.transaction('rw', db.campaignFunds, async () => {
    if (!(await db.campaignFunds.get(id))) refuse(campaignNotFound('fund'));
    await db.campaignFunds.delete(id);
  });
}
