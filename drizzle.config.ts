// drizzle-kit configuration: migrations are generated from src/db/schema/index.ts into drizzle/
// with `npx drizzle-kit generate` and are never edited by hand.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
});
