import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface RegisterRow {
  id: string;
  kvk_number: string;
  name: string;
  city: string | null;
  home_region_code: string;
  regions_served_count: number;
  size_class: string;
  employees: number;
  services: string[];
  total: string;
}

export interface RegisterFilter {
  q?: string;
  region?: string;
  limit: number;
  offset: number;
}

const FILTERED_REGISTER = `
    FROM organisation o
    JOIN provider_profile p ON p.organisation_id = o.id
   WHERE o.kind = 'PROVIDER'
     AND ($1::text IS NULL OR o.name ILIKE '%' || $1 || '%' OR o.kvk_number LIKE $1 || '%')
     AND ($2::varchar IS NULL OR p.regions_served @> ARRAY[$2::varchar])`;

function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class ProvidersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Usually one round trip: the page with the filtered total alongside; a page past the end asks for the total. */
  async search(filter: RegisterFilter): Promise<{ rows: RegisterRow[]; total: number }> {
    const q = filter.q?.trim() ? likePattern(filter.q.trim()) : null;
    const params = [q, filter.region ?? null];
    const rows = await this.dataSource.query<RegisterRow[]>(
      `SELECT o.id, o.kvk_number, o.name, o.city, p.home_region_code,
              cardinality(p.regions_served) AS regions_served_count, p.size_class, p.employees, p.services,
              count(*) OVER () AS total
         ${FILTERED_REGISTER}
        ORDER BY o.name, o.id
        LIMIT $3 OFFSET $4`,
      [...params, filter.limit, filter.offset],
    );
    if (rows.length > 0 || filter.offset === 0) return { rows, total: Number(rows[0]?.total ?? 0) };
    const [count] = await this.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n ${FILTERED_REGISTER}`, params);
    return { rows, total: Number(count?.n ?? 0) };
  }
}
