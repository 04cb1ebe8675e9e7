import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Transaction } from '../platform/unit-of-work.service.js';
import { ProviderNotificationEntity } from './entities/provider-notification.entity.js';

export interface NotificationView {
  id: string;
  kind: string;
  message: string;
  data: Record<string, unknown>;
  createdAt: string;
}

/** Messages to provider organisations; the same dedupe key never sends twice, so jobs may run again safely. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** True when this call sent it; false when it had been sent already. */
  async send(tx: Transaction, organisationId: string, dedupeKey: string, kind: string, message: string, data: Record<string, unknown>): Promise<boolean> {
    const sent = await tx.manager.query<{ id: string }[]>(
      `INSERT INTO provider_notification (organisation_id, dedupe_key, kind, message, data, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [organisationId, dedupeKey, kind, message, JSON.stringify(data), tx.now],
    );
    return sent.length > 0;
  }

  async listFor(organisationId: string, limit = 50): Promise<NotificationView[]> {
    const rows = await this.dataSource.getRepository(ProviderNotificationEntity).find({ where: { organisationId }, order: { createdAt: 'DESC' }, take: limit });
    return rows.map((n) => ({ id: n.id, kind: n.kind, message: n.message, data: n.data, createdAt: n.createdAt.toISOString() }));
  }
}
