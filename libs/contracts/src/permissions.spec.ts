import { OrganisationKind, Permission, Role, ROLE_ORGANISATION_KIND, ROLE_PERMISSIONS, roleHas } from './permissions.js';

describe('role → permission map (SPEC §1)', () => {
  it('gives every role at least a session', () => {
    for (const role of Object.values(Role)) expect(roleHas(role, Permission.SessionRead)).toBe(true);
  });
  it('keeps provider roles away from any-organisation reads and the audit log', () => {
    for (const role of [Role.ProviderAdmin, Role.ProviderUser]) {
      expect(ROLE_ORGANISATION_KIND[role]).toBe(OrganisationKind.Provider);
      expect(roleHas(role, Permission.OrganisationReadAny)).toBe(false);
      expect(roleHas(role, Permission.AuditRead)).toBe(false);
      expect(roleHas(role, Permission.ProviderRegisterRead)).toBe(false);
    }
  });
  it('lets only the admin monitor queues and manage users', () => {
    const holders = (p: Permission) => Object.values(Role).filter((r) => ROLE_PERMISSIONS[r].includes(p));
    expect(holders(Permission.QueueMonitor)).toEqual([Role.Admin]);
    expect(holders(Permission.UserManage)).toEqual([Role.Admin]);
  });
});
