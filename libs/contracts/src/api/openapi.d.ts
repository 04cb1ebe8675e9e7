/**
 * PROVISIONAL — hand-written by the admin app until `npm run openapi` generates this file with openapi-typescript
 * from apps/api/openapi.json. It mirrors openapi-typescript's output shape for the endpoints the admin uses;
 * replace it wholesale with the generated file.
 */

export interface paths {
    "/api/auth/login": {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        get?: never;
        put?: never;
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/providers": {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        get: operations["Providers_register"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/regions": {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        get: operations["Reference_regions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference/target-groups": {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        get: operations["Reference_targetGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/mine": {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        get: operations["Organisations_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        get: operations["Audit_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/queues": {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        get: operations["QueueMonitor_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LoginDto: {
            /** @example officer@uwv.demo */
            email: string;
            password: string;
        };
        SessionUserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "buyer.officer" | "buyer.evaluator" | "buyer.coach" | "provider.admin" | "provider.user" | "inspector" | "admin";
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            organisationKind: "BUYER" | "PROVIDER" | "INSPECTORATE";
            permissions: ("session.read" | "provider-register.read" | "provider-register.write" | "organisation.read-any" | "organisation.read-own" | "organisation.update-own" | "organisation.update-any" | "user.manage" | "audit.read" | "queue.monitor")[];
        };
        LoginResponseDto: {
            accessToken: string;
            /** @description Seconds until the token expires */
            expiresIn: number;
            user: components["schemas"]["SessionUserDto"];
        };
        RegionRefDto: {
            code: string;
            name: string;
        };
        ProviderRegisterItemDto: {
            /** Format: uuid */
            id: string;
            kvkNumber: string;
            name: string;
            city: string | null;
            homeRegion: components["schemas"]["RegionRefDto"];
            regionsServedCount: number;
            /** @enum {string} */
            sizeClass: "MICRO" | "SMALL" | "MEDIUM" | "LARGE" | "NATIONAL";
            employees: number;
            services: string[];
        };
        ProviderRegisterPageDto: {
            items: components["schemas"]["ProviderRegisterItemDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        RegionDto: {
            code: string;
            name: string;
            province: string;
        };
        TargetGroupDto: {
            code: string;
            nameNl: string;
            nameEn: string;
            population: string;
        };
        OrganisationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "BUYER" | "PROVIDER" | "INSPECTORATE";
            name: string;
            kvkNumber: string | null;
            email: string | null;
            streetAddress: string | null;
            postcode: string | null;
            city: string | null;
            /** @description Send back as If-Match to update */
            version: number;
        };
        AuditEntryDto: {
            seq: number;
            /** Format: date-time */
            occurredAt: string;
            actorId: string | null;
            actorRole: string | null;
            action: string;
            entityType: string;
            entityId: string;
            correlationId: string;
            hash: string;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEntryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ChainVerificationDto: {
            valid: boolean;
            /** @description Entries verified before the first break (or all of them) */
            checked: number;
            firstBrokenSeq: number | null;
            reason: string | null;
        };
        JobCountsDto: {
            waiting: number;
            active: number;
            completed: number;
            failed: number;
            delayed: number;
        };
        FailedJobDto: {
            id: string;
            name: string;
            failedReason: string;
            attemptsMade: number;
            /** Format: date-time */
            timestamp: string;
        };
        QueueStatusDto: {
            name: string;
            counts: components["schemas"]["JobCountsDto"];
            failed: components["schemas"]["FailedJobDto"][];
        };
        OutboxStatusDto: {
            /** @description Events not yet acknowledged by a worker */
            pending: number;
            /** Format: date-time */
            oldestPendingAt: string | null;
        };
        QueueMonitorDto: {
            queues: components["schemas"]["QueueStatusDto"][];
            outbox: components["schemas"]["OutboxStatusDto"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type JsonOk<T> = { 200: { headers: { [name: string]: unknown }; content: { "application/json": T } } };
export interface operations {
    Auth_login: {
        parameters: NoParameters;
        requestBody: { content: { "application/json": components["schemas"]["LoginDto"] } };
        responses: JsonOk<components["schemas"]["LoginResponseDto"]>;
    };
    Auth_me: {
        parameters: NoParameters;
        requestBody?: never;
        responses: JsonOk<components["schemas"]["SessionUserDto"]>;
    };
    Providers_register: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the name, or the start of the KvK number */
                q?: string;
                /** @description Labour-market region code: providers serving it */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: JsonOk<components["schemas"]["ProviderRegisterPageDto"]>;
    };
    Reference_regions: {
        parameters: NoParameters;
        requestBody?: never;
        responses: JsonOk<components["schemas"]["RegionDto"][]>;
    };
    Reference_targetGroups: {
        parameters: NoParameters;
        requestBody?: never;
        responses: JsonOk<components["schemas"]["TargetGroupDto"][]>;
    };
    Organisations_mine: {
        parameters: NoParameters;
        requestBody?: never;
        responses: JsonOk<components["schemas"]["OrganisationDto"]>;
    };
    Audit_list: {
        parameters: {
            query?: { page?: number; pageSize?: number };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: JsonOk<components["schemas"]["AuditPageDto"]>;
    };
    Audit_verify: {
        parameters: NoParameters;
        requestBody?: never;
        responses: JsonOk<components["schemas"]["ChainVerificationDto"]>;
    };
    QueueMonitor_status: {
        parameters: NoParameters;
        requestBody?: never;
        responses: JsonOk<components["schemas"]["QueueMonitorDto"]>;
    };
}
