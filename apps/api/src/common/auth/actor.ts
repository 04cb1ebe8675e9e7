import { OrganisationKind, Permission, permissionsOf, Role } from '@rim/contracts';

/** Who is acting: taken from a verified token, passed explicitly to services. */
export class Actor {
  constructor(
    readonly userId: string,
    readonly role: Role,
    readonly organisationId: string,
    readonly organisationKind: OrganisationKind,
  ) {}

  can(permission: Permission): boolean {
    return permissionsOf(this.role).includes(permission);
  }
}

export interface TokenClaims {
  sub: string;
  role: Role;
  org: string;
  orgKind: OrganisationKind;
}
