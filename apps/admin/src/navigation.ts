import { Permission } from '@rim/contracts';
import type { SessionUser } from './api/types.js';
import { hasPermission } from './auth/auth.js';
import type { MessageKey } from './i18n/i18n.js';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** The menu item, and the page behind it, exist only for users holding this permission. */
  permission: Permission;
}

/** The shell's menu, in order. The API enforces the same permissions on the endpoints behind each page. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/aanbieders', label: 'nav.providerRegister', permission: Permission.ProviderRegisterRead },
  { path: '/mijn-organisatie', label: 'nav.myOrganisation', permission: Permission.OrganisationReadOwn },
  { path: '/audittrail', label: 'nav.auditTrail', permission: Permission.AuditRead },
  { path: '/wachtrijen', label: 'nav.queues', permission: Permission.QueueMonitor },
];

export function navItemsFor(user: SessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => hasPermission(user, item.permission));
}
