import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../shared/common/problem';
import { fitWithin, preparePhoto } from './preparePhoto';

describe('fitWithin', () => {
  it('scales the longer edge down to the limit, keeping the shape', () => {
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000, 240)).toEqual({ width: 180, height: 240 });
  });

  it('never enlarges a small photo and never rounds a side to nothing', () => {
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(10_000, 2, 240)).toEqual({ width: 240, height: 1 });
  });
});

describe('preparePhoto without canvas (the fallback)', () => {
  it('keeps the original as photo and thumbnail', async () => {
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], '东门.jpg', { type: 'image/jpeg' });
    const photo = await preparePhoto(file);
    expect(photo).toMatchObject({ name: '东门.jpg', type: 'image/jpeg' });
    expect(photo.blob).toBe(file);
    expect(photo.thumbnail).toBe(file);
  });

  it('refuses a file that is not an image, naming it', async () => {
    const error = await preparePhoto(new File(['x'], '台账.xlsx', { type: 'application/vnd.ms-excel' })).catch((e: unknown) => e);
    expect(isDomainError(error) && error.problems).toEqual([{ field: 'photo', code: 'notAnImage', params: { name: '台账.xlsx' } }]);
  });
});
