-- The tenant registry: platform-wide, so no tenant_id and no row-level security.
create table tenant (
    slug              varchar(30)  primary key check (slug ~ '^[a-z][a-z0-9-]{1,28}[a-z0-9]$'),
    name              varchar(120) not null,
    status            varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED')),
    admin_email       varchar(254) not null,
    web_client_secret varchar(100) not null,
    created_at        timestamptz  not null,
    version           bigint       not null default 0
);

grant select, insert, update on tenant to ${appRole};
