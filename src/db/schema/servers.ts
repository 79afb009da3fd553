// Game server management of echoes-schema.md (table 25): UE5 dedicated servers, each bound to a
// solar system (DedicatedSystem) or a region (RegionalCluster). Both foreign keys have no ON
// DELETE rule (NO ACTION), so a universe wipe is blocked while a server still names it.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { referencesWithPgName, timestampDefaultNow, uuidPrimaryKey } from './common.js';
import { regions, solarSystems } from './universe.js';

export const gameServers = pgTable(
  'game_servers',
  {
    id: uuidPrimaryKey(),
    serverName: varchar('server_name', { length: 100 }).notNull().unique('game_servers_server_name_key'),
    /** DedicatedSystem, RegionalCluster */
    serverType: varchar('server_type', { length: 50 }).notNull(),
    ipAddress: varchar('ip_address', { length: 45 }).notNull(),
    port: integer('port').notNull(),
    /** for DedicatedSystem */
    solarSystemId: uuid('solar_system_id'),
    /** for RegionalCluster */
    regionId: uuid('region_id'),
    /** Starting, Running, Stopping, Crashed */
    status: varchar('status', { length: 20 }).default('Starting'),
    currentPlayers: integer('current_players').default(0),
    maxPlayers: integer('max_players').default(100),
    /** the server's JWT for API calls */
    jwtToken: text('jwt_token'),
    lastHeartbeat: timestampDefaultNow('last_heartbeat'),
    createdAt: timestampDefaultNow('created_at'),
  },
  (t) => [
    referencesWithPgName(t.solarSystemId, solarSystems.id, 'no action'),
    referencesWithPgName(t.regionId, regions.id, 'no action'),
    check('chk_port_range', sql`${t.port} BETWEEN 1024 AND 65535`),
    index('idx_game_servers_server_name').on(t.serverName),
    index('idx_game_servers_status').on(t.status),
    index('idx_game_servers_solar_system').on(t.solarSystemId),
    index('idx_game_servers_heartbeat').on(t.lastHeartbeat),
  ],
);
