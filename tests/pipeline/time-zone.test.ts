import { describe, expect, it } from 'vitest';

/** The unit projects run under two time zones; this proves the zone is really in force. */
describe('time zone of the run', () => {
  it('is one of the zones the config asks for, not the machine default', () => {
    expect(['America/Adak', 'Pacific/Kiritimati']).toContain(process.env.TZ);
    const offset = new Date(2024, 11, 10).getTimezoneOffset();
    expect(process.env.TZ === 'Pacific/Kiritimati' ? -840 : 600).toBe(offset);
  });
});
