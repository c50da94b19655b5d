import { describe, expect, inject, it } from 'vitest';
import { launchApp } from './support/browser';

/**
 * Every journey fails when the page throws or leaves a promise rejection unhandled (see
 * support/browser.ts). This checks the check itself, from a fresh profile of its own.
 */
describe('a journey with an error in the page', () => {
  it('fails on an unhandled promise rejection', async () => {
    const browser = await launchApp(inject('appUrl'));
    await browser.page.evaluate(() => {
      void Promise.reject(new Error('nobody awaited this write'));
    });
    await browser.page.waitForTimeout(200);
    await expect(browser.close()).rejects.toThrow(/nobody awaited this write/);
  });

  it('fails on an uncaught exception', async () => {
    const browser = await launchApp(inject('appUrl'));
    await browser.page.evaluate(() => {
      setTimeout(() => {
        throw new Error('a render went wrong');
      }, 0);
    });
    await browser.page.waitForTimeout(200);
    await expect(browser.close()).rejects.toThrow(/a render went wrong/);
  });
});
