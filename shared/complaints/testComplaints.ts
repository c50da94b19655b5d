import { FRESH_PROGRESS, type Complaint } from './complaint';

/** A stored complaint for tests: received 2024-03-01 by phone about 万科a区, nothing done yet. */
export function complaintRecord(overrides: Partial<Complaint> = {}): Complaint {
  return {
    id: 'c-1',
    year: 2024,
    serial: 1,
    number: '投〔2024〕1号',
    receivedOn: '2024-03-01',
    receivedAt: '09:30',
    channel: 'phone',
    workOrderNumber: '',
    hotlineDeadline: null,
    complainantName: '王小明',
    complainantPhone: '13800000001',
    complainantAddress: '万科a区3栋',
    estateId: 'e-1',
    communityId: 'k-1',
    against: 'company',
    againstName: '万科物业',
    category: 'sanitation',
    content: '3栋垃圾三天未清运',
    inspectionIds: [],
    attachmentCount: 0,
    createdAt: 1,
    updatedAt: 1,
    ...FRESH_PROGRESS,
    ...overrides,
  };
}
