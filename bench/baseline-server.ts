// Baseline: a bare Fastify route with the same process settings as the platform (no database, no hooks).
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ status: 'ok' }));
app.get('/bare', async () => ({ status: 'ok', data: 'x'.repeat(200) }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
