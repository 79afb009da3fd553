CREATE TABLE "account_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"refresh_token" text NOT NULL,
	"expires_at" timestamp NOT NULL,
	"created_at" timestamp DEFAULT now(),
	"ip_address" varchar(45),
	"user_agent" text,
	CONSTRAINT "account_sessions_refresh_token_key" UNIQUE("refresh_token")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" varchar(50) NOT NULL,
	"email" varchar(255) NOT NULL,
	"password_hash" text NOT NULL,
	"is_admin" boolean DEFAULT false,
	"created_at" timestamp DEFAULT now(),
	"last_login" timestamp,
	"is_active" boolean DEFAULT true,
	CONSTRAINT "accounts_username_key" UNIQUE("username"),
	CONSTRAINT "accounts_email_key" UNIQUE("email"),
	CONSTRAINT "chk_email_format" CHECK ("accounts"."email" ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Z|a-z]{2,}$')
);
--> statement-breakpoint
CREATE TABLE "character_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"character_id" uuid NOT NULL,
	"solar_system_id" uuid,
	"station_id" uuid,
	"position_x" double precision DEFAULT 0,
	"position_y" double precision DEFAULT 0,
	"position_z" double precision DEFAULT 0,
	"rotation_pitch" double precision DEFAULT 0,
	"rotation_yaw" double precision DEFAULT 0,
	"rotation_roll" double precision DEFAULT 0,
	"is_docked" boolean DEFAULT true,
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "character_locations_character_id_key" UNIQUE("character_id")
);
--> statement-breakpoint
CREATE TABLE "character_skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"character_id" uuid NOT NULL,
	"skill_id" uuid NOT NULL,
	"level" integer DEFAULT 1 NOT NULL,
	"skill_points" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "uq_character_skill" UNIQUE("character_id","skill_id"),
	CONSTRAINT "chk_skill_level" CHECK ("character_skills"."level" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "character_wallets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"character_id" uuid NOT NULL,
	"isk_balance" bigint DEFAULT 0,
	"plex_balance" integer DEFAULT 0,
	"loyalty_points" integer DEFAULT 0,
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "character_wallets_character_id_key" UNIQUE("character_id")
);
--> statement-breakpoint
CREATE TABLE "characters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"race_id" integer NOT NULL,
	"corporation_id" uuid,
	"intelligence" integer DEFAULT 20,
	"perception" integer DEFAULT 20,
	"charisma" integer DEFAULT 20,
	"willpower" integer DEFAULT 20,
	"memory" integer DEFAULT 20,
	"wallet_balance" bigint DEFAULT 100000,
	"total_credits_earned" bigint DEFAULT 0,
	"total_credits_lost" bigint DEFAULT 0,
	"total_skill_points" bigint DEFAULT 0,
	"unallocated_skill_points" bigint DEFAULT 50000,
	"total_kills" integer DEFAULT 0,
	"total_deaths" integer DEFAULT 0,
	"ships_destroyed" integer DEFAULT 0,
	"ships_lost" integer DEFAULT 0,
	"security_status" double precision DEFAULT 0,
	"active_ship_item_id" uuid,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "characters_name_key" UNIQUE("name"),
	CONSTRAINT "chk_attributes" CHECK ("characters"."intelligence" BETWEEN 20 AND 50 AND "characters"."perception" BETWEEN 20 AND 50 AND "characters"."charisma" BETWEEN 20 AND 50 AND "characters"."willpower" BETWEEN 20 AND 50 AND "characters"."memory" BETWEEN 20 AND 50),
	CONSTRAINT "chk_security_status" CHECK ("characters"."security_status" BETWEEN -10.0 AND 10.0)
);
--> statement-breakpoint
CREATE TABLE "wallet_transactions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"character_id" uuid NOT NULL,
	"transaction_type" varchar(50) NOT NULL,
	"amount" bigint NOT NULL,
	"balance_after" bigint NOT NULL,
	"reference_id" uuid,
	"description" text,
	"created_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "anomalies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solar_system_id" uuid NOT NULL,
	"anomaly_type" varchar(50) NOT NULL,
	"difficulty" varchar(20),
	"position_x" double precision NOT NULL,
	"position_y" double precision NOT NULL,
	"position_z" double precision NOT NULL,
	"is_completed" boolean DEFAULT false,
	"respawn_time" integer,
	"created_at" timestamp DEFAULT now(),
	"completed_at" timestamp
);
--> statement-breakpoint
CREATE TABLE "asteroid_belts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solar_system_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"belt_index" integer NOT NULL,
	"position_x" double precision NOT NULL,
	"position_y" double precision NOT NULL,
	"position_z" double precision NOT NULL,
	"radius" double precision DEFAULT 50000,
	"ore_type" varchar(50),
	"respawn_time" integer DEFAULT 3600,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "uq_asteroid_belt_per_system" UNIQUE("solar_system_id","belt_index")
);
--> statement-breakpoint
CREATE TABLE "constellations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"description" text,
	"x_offset" double precision DEFAULT 0,
	"y_offset" double precision DEFAULT 0,
	"z_offset" double precision DEFAULT 0,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "uq_constellation_name_per_region" UNIQUE("region_id","name")
);
--> statement-breakpoint
CREATE TABLE "moons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"planet_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"moon_index" integer NOT NULL,
	"position_x" double precision NOT NULL,
	"position_y" double precision NOT NULL,
	"position_z" double precision NOT NULL,
	"radius" double precision NOT NULL,
	"orbital_period" double precision,
	"has_resources" boolean DEFAULT false,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "uq_moon_index_per_planet" UNIQUE("planet_id","moon_index")
);
--> statement-breakpoint
CREATE TABLE "planets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solar_system_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"planet_type" varchar(50) NOT NULL,
	"position_x" double precision NOT NULL,
	"position_y" double precision NOT NULL,
	"position_z" double precision NOT NULL,
	"radius" double precision NOT NULL,
	"mass" double precision,
	"orbital_period" double precision,
	"temperature" integer,
	"has_atmosphere" boolean DEFAULT false,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "uq_planet_name_per_system" UNIQUE("solar_system_id","name")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(100) NOT NULL,
	"description" text,
	"x_offset" double precision DEFAULT 0,
	"y_offset" double precision DEFAULT 0,
	"z_offset" double precision DEFAULT 0,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "regions_name_key" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "solar_systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"constellation_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"security_status" double precision DEFAULT 1 NOT NULL,
	"position_x" double precision NOT NULL,
	"position_y" double precision NOT NULL,
	"position_z" double precision NOT NULL,
	"star_type" varchar(50),
	"star_temperature" integer,
	"star_radius" double precision,
	"has_station" boolean DEFAULT false,
	"has_stargate" boolean DEFAULT false,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "uq_system_name_per_constellation" UNIQUE("constellation_id","name"),
	CONSTRAINT "chk_security_status" CHECK ("solar_systems"."security_status" BETWEEN 0.0 AND 1.0)
);
--> statement-breakpoint
CREATE TABLE "stargates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solar_system_id" uuid NOT NULL,
	"destination_system_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"position_x" double precision NOT NULL,
	"position_y" double precision NOT NULL,
	"position_z" double precision NOT NULL,
	"activation_range" double precision DEFAULT 5000,
	"jump_delay" double precision DEFAULT 3,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "uq_stargate_name_per_system" UNIQUE("solar_system_id","name"),
	CONSTRAINT "chk_no_self_gate" CHECK ("stargates"."solar_system_id" != "stargates"."destination_system_id")
);
--> statement-breakpoint
CREATE TABLE "stations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solar_system_id" uuid NOT NULL,
	"planet_id" uuid,
	"name" varchar(100) NOT NULL,
	"station_type" varchar(50) NOT NULL,
	"position_x" double precision NOT NULL,
	"position_y" double precision NOT NULL,
	"position_z" double precision NOT NULL,
	"has_market" boolean DEFAULT true,
	"has_repair" boolean DEFAULT true,
	"has_reprocessing" boolean DEFAULT false,
	"has_manufacturing" boolean DEFAULT false,
	"docking_range" double precision DEFAULT 5000,
	"owner_corporation" uuid,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "uq_station_name_per_system" UNIQUE("solar_system_id","name")
);
--> statement-breakpoint
CREATE TABLE "wormholes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_system_id" uuid NOT NULL,
	"destination_system_id" uuid NOT NULL,
	"position_x" double precision NOT NULL,
	"position_y" double precision NOT NULL,
	"position_z" double precision NOT NULL,
	"stability" double precision DEFAULT 100,
	"max_mass_per_jump" double precision,
	"total_mass_limit" double precision,
	"expires_at" timestamp NOT NULL,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "chk_stability" CHECK ("wormholes"."stability" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"character_id" uuid NOT NULL,
	"item_type_id" uuid NOT NULL,
	"quantity" integer DEFAULT 1,
	"location_type" varchar(50) NOT NULL,
	"location_id" uuid,
	"is_fitted" boolean DEFAULT false,
	"fitted_ship_id" uuid,
	"slot_index" integer,
	"is_singleton" boolean DEFAULT false,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "chk_quantity_positive" CHECK ("assets"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "item_categories" (
	"id" integer PRIMARY KEY NOT NULL,
	"name" varchar(100) NOT NULL,
	"description" text,
	"icon" varchar(255),
	"published" boolean DEFAULT true,
	CONSTRAINT "item_categories_name_key" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "item_groups" (
	"id" integer PRIMARY KEY NOT NULL,
	"category_id" integer NOT NULL,
	"name" varchar(100) NOT NULL,
	"description" text,
	"published" boolean DEFAULT true,
	CONSTRAINT "uq_group_name_per_category" UNIQUE("category_id","name")
);
--> statement-breakpoint
CREATE TABLE "item_types_inventory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type_id" integer NOT NULL,
	"name" varchar(200) NOT NULL,
	"group_id" integer NOT NULL,
	"description" text,
	"volume" double precision DEFAULT 0,
	"mass" double precision DEFAULT 0,
	"base_price" bigint DEFAULT 0,
	"icon" varchar(255),
	"published" boolean DEFAULT true,
	"cpu_output" integer,
	"power_output" integer,
	"cargo_capacity" double precision,
	"max_velocity" double precision,
	"cpu_requirement" integer,
	"power_requirement" integer,
	"activation_cost" integer,
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "item_types_inventory_type_id_key" UNIQUE("type_id"),
	CONSTRAINT "item_types_inventory_name_key" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "player_inventory_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"player_id" uuid NOT NULL,
	"shop_item_id" uuid NOT NULL,
	"is_redeemed" boolean DEFAULT false,
	"redeemed_at" timestamp,
	"created_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "ships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ship_name" varchar(100),
	"hull_damage" double precision DEFAULT 0,
	"armor_damage" double precision DEFAULT 0,
	"shield_damage" double precision DEFAULT 0,
	"capacitor_charge" double precision DEFAULT 100,
	"fuel_remaining" integer DEFAULT 0,
	CONSTRAINT "chk_damage_percent" CHECK ("ships"."hull_damage" BETWEEN 0 AND 100 AND "ships"."armor_damage" BETWEEN 0 AND 100 AND "ships"."shield_damage" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "shop_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(200) NOT NULL,
	"description" text,
	"price" bigint NOT NULL,
	"image_url" varchar(500),
	"category" varchar(50),
	"item_type_id" uuid,
	"is_active" boolean DEFAULT true,
	"is_featured" boolean DEFAULT false,
	"stock_quantity" integer,
	"purchases_count" integer DEFAULT 0,
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "chk_price_positive" CHECK ("shop_items"."price" > 0)
);
--> statement-breakpoint
CREATE TABLE "game_servers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"server_name" varchar(100) NOT NULL,
	"server_type" varchar(50) NOT NULL,
	"ip_address" varchar(45) NOT NULL,
	"port" integer NOT NULL,
	"solar_system_id" uuid,
	"region_id" uuid,
	"status" varchar(20) DEFAULT 'Starting',
	"current_players" integer DEFAULT 0,
	"max_players" integer DEFAULT 100,
	"jwt_token" text,
	"last_heartbeat" timestamp DEFAULT now(),
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "game_servers_server_name_key" UNIQUE("server_name"),
	CONSTRAINT "chk_port_range" CHECK ("game_servers"."port" BETWEEN 1024 AND 65535)
);
--> statement-breakpoint
CREATE TABLE "news_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" varchar(200) NOT NULL,
	"content" text NOT NULL,
	"image_url" varchar(500),
	"author_name" varchar(100),
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "wiki_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section_name" varchar(100) NOT NULL,
	"title" varchar(200) NOT NULL,
	"content_html" text NOT NULL,
	"last_updated_by" varchar(100),
	"created_at" timestamp DEFAULT now(),
	"updated_at" timestamp DEFAULT now(),
	CONSTRAINT "uq_wiki_page_section_title" UNIQUE("section_name","title")
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(100) NOT NULL,
	"description" text,
	"group_name" varchar(100),
	"rank" integer DEFAULT 1 NOT NULL,
	"primary_attribute" varchar(20),
	"secondary_attribute" varchar(20),
	"created_at" timestamp DEFAULT now(),
	CONSTRAINT "skills_name_key" UNIQUE("name"),
	CONSTRAINT "chk_skill_rank" CHECK ("skills"."rank" BETWEEN 1 AND 16),
	CONSTRAINT "chk_skill_primary_attribute" CHECK ("skills"."primary_attribute" IN ('intelligence', 'perception', 'charisma', 'willpower', 'memory')),
	CONSTRAINT "chk_skill_secondary_attribute" CHECK ("skills"."secondary_attribute" IN ('intelligence', 'perception', 'charisma', 'willpower', 'memory'))
);
--> statement-breakpoint
ALTER TABLE "account_sessions" ADD CONSTRAINT "account_sessions_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "character_locations" ADD CONSTRAINT "character_locations_character_id_fkey" FOREIGN KEY ("character_id") REFERENCES "public"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "character_locations" ADD CONSTRAINT "character_locations_solar_system_id_fkey" FOREIGN KEY ("solar_system_id") REFERENCES "public"."solar_systems"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "character_locations" ADD CONSTRAINT "character_locations_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "character_skills" ADD CONSTRAINT "character_skills_character_id_fkey" FOREIGN KEY ("character_id") REFERENCES "public"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "character_skills" ADD CONSTRAINT "character_skills_skill_id_fkey" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "character_wallets" ADD CONSTRAINT "character_wallets_character_id_fkey" FOREIGN KEY ("character_id") REFERENCES "public"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "characters" ADD CONSTRAINT "characters_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "characters" ADD CONSTRAINT "characters_active_ship_item_id_fkey" FOREIGN KEY ("active_ship_item_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_transactions" ADD CONSTRAINT "wallet_transactions_character_id_fkey" FOREIGN KEY ("character_id") REFERENCES "public"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "anomalies" ADD CONSTRAINT "anomalies_solar_system_id_fkey" FOREIGN KEY ("solar_system_id") REFERENCES "public"."solar_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asteroid_belts" ADD CONSTRAINT "asteroid_belts_solar_system_id_fkey" FOREIGN KEY ("solar_system_id") REFERENCES "public"."solar_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "constellations" ADD CONSTRAINT "constellations_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moons" ADD CONSTRAINT "moons_planet_id_fkey" FOREIGN KEY ("planet_id") REFERENCES "public"."planets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planets" ADD CONSTRAINT "planets_solar_system_id_fkey" FOREIGN KEY ("solar_system_id") REFERENCES "public"."solar_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solar_systems" ADD CONSTRAINT "solar_systems_constellation_id_fkey" FOREIGN KEY ("constellation_id") REFERENCES "public"."constellations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stargates" ADD CONSTRAINT "stargates_solar_system_id_fkey" FOREIGN KEY ("solar_system_id") REFERENCES "public"."solar_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stargates" ADD CONSTRAINT "stargates_destination_system_id_fkey" FOREIGN KEY ("destination_system_id") REFERENCES "public"."solar_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_solar_system_id_fkey" FOREIGN KEY ("solar_system_id") REFERENCES "public"."solar_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_planet_id_fkey" FOREIGN KEY ("planet_id") REFERENCES "public"."planets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wormholes" ADD CONSTRAINT "wormholes_source_system_id_fkey" FOREIGN KEY ("source_system_id") REFERENCES "public"."solar_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wormholes" ADD CONSTRAINT "wormholes_destination_system_id_fkey" FOREIGN KEY ("destination_system_id") REFERENCES "public"."solar_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_character_id_fkey" FOREIGN KEY ("character_id") REFERENCES "public"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_item_type_id_fkey" FOREIGN KEY ("item_type_id") REFERENCES "public"."item_types_inventory"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_fitted_ship_id_fkey" FOREIGN KEY ("fitted_ship_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_groups" ADD CONSTRAINT "item_groups_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "public"."item_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_types_inventory" ADD CONSTRAINT "item_types_inventory_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "public"."item_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_inventory_items" ADD CONSTRAINT "player_inventory_items_player_id_fkey" FOREIGN KEY ("player_id") REFERENCES "public"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_inventory_items" ADD CONSTRAINT "player_inventory_items_shop_item_id_fkey" FOREIGN KEY ("shop_item_id") REFERENCES "public"."shop_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ships" ADD CONSTRAINT "ships_id_fkey" FOREIGN KEY ("id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_items" ADD CONSTRAINT "shop_items_item_type_id_fkey" FOREIGN KEY ("item_type_id") REFERENCES "public"."item_types_inventory"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_servers" ADD CONSTRAINT "game_servers_solar_system_id_fkey" FOREIGN KEY ("solar_system_id") REFERENCES "public"."solar_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_servers" ADD CONSTRAINT "game_servers_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_account_sessions_account_id" ON "account_sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "idx_account_sessions_token" ON "account_sessions" USING btree ("refresh_token");--> statement-breakpoint
CREATE INDEX "idx_account_sessions_expires" ON "account_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "idx_accounts_username" ON "accounts" USING btree ("username");--> statement-breakpoint
CREATE INDEX "idx_accounts_email" ON "accounts" USING btree ("email");--> statement-breakpoint
CREATE INDEX "idx_character_locations_character_id" ON "character_locations" USING btree ("character_id");--> statement-breakpoint
CREATE INDEX "idx_character_locations_system" ON "character_locations" USING btree ("solar_system_id");--> statement-breakpoint
CREATE INDEX "idx_character_locations_station" ON "character_locations" USING btree ("station_id");--> statement-breakpoint
CREATE INDEX "idx_character_skills_character_id" ON "character_skills" USING btree ("character_id");--> statement-breakpoint
CREATE INDEX "idx_character_skills_skill_id" ON "character_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "idx_character_wallets_character_id" ON "character_wallets" USING btree ("character_id");--> statement-breakpoint
CREATE INDEX "idx_characters_account_id" ON "characters" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "idx_characters_name" ON "characters" USING btree ("name");--> statement-breakpoint
CREATE INDEX "idx_characters_active_ship" ON "characters" USING btree ("active_ship_item_id");--> statement-breakpoint
CREATE INDEX "idx_wallet_transactions_character_id" ON "wallet_transactions" USING btree ("character_id");--> statement-breakpoint
CREATE INDEX "idx_wallet_transactions_type" ON "wallet_transactions" USING btree ("transaction_type");--> statement-breakpoint
CREATE INDEX "idx_wallet_transactions_created" ON "wallet_transactions" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_anomalies_solar_system_id" ON "anomalies" USING btree ("solar_system_id");--> statement-breakpoint
CREATE INDEX "idx_anomalies_type" ON "anomalies" USING btree ("anomaly_type");--> statement-breakpoint
CREATE INDEX "idx_anomalies_completed" ON "anomalies" USING btree ("is_completed");--> statement-breakpoint
CREATE INDEX "idx_asteroid_belts_solar_system_id" ON "asteroid_belts" USING btree ("solar_system_id");--> statement-breakpoint
CREATE INDEX "idx_constellations_region_id" ON "constellations" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "idx_constellations_name" ON "constellations" USING btree ("name");--> statement-breakpoint
CREATE INDEX "idx_moons_planet_id" ON "moons" USING btree ("planet_id");--> statement-breakpoint
CREATE INDEX "idx_moons_name" ON "moons" USING btree ("name");--> statement-breakpoint
CREATE INDEX "idx_planets_solar_system_id" ON "planets" USING btree ("solar_system_id");--> statement-breakpoint
CREATE INDEX "idx_planets_name" ON "planets" USING btree ("name");--> statement-breakpoint
CREATE INDEX "idx_planets_type" ON "planets" USING btree ("planet_type");--> statement-breakpoint
CREATE INDEX "idx_regions_name" ON "regions" USING btree ("name");--> statement-breakpoint
CREATE INDEX "idx_solar_systems_constellation_id" ON "solar_systems" USING btree ("constellation_id");--> statement-breakpoint
CREATE INDEX "idx_solar_systems_name" ON "solar_systems" USING btree ("name");--> statement-breakpoint
CREATE INDEX "idx_solar_systems_security" ON "solar_systems" USING btree ("security_status");--> statement-breakpoint
CREATE INDEX "idx_stargates_solar_system_id" ON "stargates" USING btree ("solar_system_id");--> statement-breakpoint
CREATE INDEX "idx_stargates_destination_id" ON "stargates" USING btree ("destination_system_id");--> statement-breakpoint
CREATE INDEX "idx_stations_solar_system_id" ON "stations" USING btree ("solar_system_id");--> statement-breakpoint
CREATE INDEX "idx_stations_name" ON "stations" USING btree ("name");--> statement-breakpoint
CREATE INDEX "idx_stations_planet_id" ON "stations" USING btree ("planet_id");--> statement-breakpoint
CREATE INDEX "idx_wormholes_source_system" ON "wormholes" USING btree ("source_system_id");--> statement-breakpoint
CREATE INDEX "idx_wormholes_destination_system" ON "wormholes" USING btree ("destination_system_id");--> statement-breakpoint
CREATE INDEX "idx_wormholes_expires" ON "wormholes" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "idx_assets_character_id" ON "assets" USING btree ("character_id");--> statement-breakpoint
CREATE INDEX "idx_assets_item_type_id" ON "assets" USING btree ("item_type_id");--> statement-breakpoint
CREATE INDEX "idx_assets_location_id" ON "assets" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "idx_assets_fitted_ship" ON "assets" USING btree ("fitted_ship_id");--> statement-breakpoint
CREATE INDEX "idx_item_types_group_id" ON "item_types_inventory" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "idx_item_types_name" ON "item_types_inventory" USING btree ("name");--> statement-breakpoint
CREATE INDEX "idx_item_types_type_id" ON "item_types_inventory" USING btree ("type_id");--> statement-breakpoint
CREATE INDEX "idx_player_inventory_items_player_id" ON "player_inventory_items" USING btree ("player_id");--> statement-breakpoint
CREATE INDEX "idx_player_inventory_items_shop_item" ON "player_inventory_items" USING btree ("shop_item_id");--> statement-breakpoint
CREATE INDEX "idx_player_inventory_items_redeemed" ON "player_inventory_items" USING btree ("is_redeemed");--> statement-breakpoint
CREATE INDEX "idx_ships_ship_name" ON "ships" USING btree ("ship_name");--> statement-breakpoint
CREATE INDEX "idx_shop_items_category" ON "shop_items" USING btree ("category");--> statement-breakpoint
CREATE INDEX "idx_shop_items_active" ON "shop_items" USING btree ("is_active");--> statement-breakpoint
CREATE INDEX "idx_shop_items_featured" ON "shop_items" USING btree ("is_featured");--> statement-breakpoint
CREATE INDEX "idx_shop_items_item_type" ON "shop_items" USING btree ("item_type_id");--> statement-breakpoint
CREATE INDEX "idx_game_servers_server_name" ON "game_servers" USING btree ("server_name");--> statement-breakpoint
CREATE INDEX "idx_game_servers_status" ON "game_servers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_game_servers_solar_system" ON "game_servers" USING btree ("solar_system_id");--> statement-breakpoint
CREATE INDEX "idx_game_servers_heartbeat" ON "game_servers" USING btree ("last_heartbeat");--> statement-breakpoint
CREATE INDEX "idx_news_posts_created" ON "news_posts" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "idx_wiki_pages_section" ON "wiki_pages" USING btree ("section_name");--> statement-breakpoint
CREATE INDEX "idx_wiki_pages_title" ON "wiki_pages" USING btree ("title");