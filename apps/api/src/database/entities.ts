import { AuditEntryEntity } from '../modules/audit/entities/audit-entry.entity.js';
import { OrganisationEntity } from '../modules/identity/entities/organisation.entity.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { OutboxEventEntity } from '../modules/outbox/entities/outbox-event.entity.js';
import { ProviderProfileEntity } from '../modules/providers/provider-profile.entity.js';

/** Every entity, listed explicitly: no globs, so Jest, the app and the CLI see the same schema. */
export const ENTITIES = [OrganisationEntity, UserEntity, ProviderProfileEntity, AuditEntryEntity, OutboxEventEntity];
