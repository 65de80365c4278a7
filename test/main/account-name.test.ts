import type * as os from 'node:os';

import { afterEach, describe, expect, it, vi } from 'vitest';

const userInfo = vi.fn();
vi.mock('node:os', async (original) => ({ ...(await original<typeof os>()), userInfo: () => userInfo() }));
vi.mock('electron', () => ({}));

const { accountName } = await import('../../main/account-name');
const { createHandlers } = await import('../../main/ipc/handlers');

describe('accountName', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    userInfo.mockReset();
  });

  it("is the account's user name", () => {
    userInfo.mockReturnValue({ username: 'jdevries' });
    expect(accountName()).toBe('jdevries');
  });

  it('falls back on USER or USERNAME when the account has no passwd entry, else on nothing', () => {
    userInfo.mockImplementation(() => {
      throw new Error('ENOENT: no such file or directory, uv_os_get_passwd');
    });
    vi.stubEnv('USER', '');
    vi.stubEnv('USERNAME', 'pjansen');
    expect(accountName()).toBe('pjansen');
    vi.stubEnv('USERNAME', '');
    expect(accountName()).toBe('');
  });

  it('is what the userName IPC method answers', async () => {
    userInfo.mockReturnValue({ username: 'jdevries' });
    const handlers = createHandlers({} as Parameters<typeof createHandlers>[0]);
    expect(await handlers.userName({})).toEqual({ name: 'jdevries' });
  });
});
