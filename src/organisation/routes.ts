import { z } from 'zod';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { RegisterRoutes } from '../platform/http/types.js';
import { requireUser } from '../platform/policy/policy.js';
import { departments, divisions, officers, teams } from './schema.js';
import { organisationPolicies as P } from './policy.js';
import { presentOfficer } from './present-officer.js';
import { createOfficerInput, updateOfficerInput } from './officer-input.js';
import { createOfficer } from './create-officer.js';
import { updateOfficer } from './update-officer.js';
import * as R from './responses.js';

export const organisationRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get('/api/departments', { config: { policy: P.departments }, schema: { operationId: 'listDepartments', response: R.listDepartments, tags: ['organisation'], summary: 'Departments' } }, async (req) => {
    requireUser(req.ctx.actor);
    const items = await db
      .select({ id: departments.id, code: departments.code, name: departments.name, shortName: departments.shortName, field: departments.field, kind: departments.kind, divisionCode: departments.divisionCode })
      .from(departments)
      .orderBy(asc(departments.code));
    return { items };
  });

  app.get(
    '/api/divisions',
    { config: { policy: P.divisions }, schema: { operationId: 'listDivisions', response: R.listDivisions, tags: ['organisation'], summary: 'Administrative divisions (GB/T 2260)', querystring: z.object({ parent: z.string().regex(/^\d{6}$/).optional() }) } },
    async (req) => {
      requireUser(req.ctx.actor);
      const where = req.query.parent ? eq(divisions.parentCode, req.query.parent) : undefined;
      return { items: await db.select().from(divisions).where(where).orderBy(asc(divisions.code)) };
    },
  );

  app.get(
    '/api/officers',
    { config: { policy: P.officers },
      schema: { operationId: 'listOfficers', response: R.listOfficers,
        tags: ['organisation'],
        summary: 'Officers with enforcement certificate and its validity',
        querystring: z.object({ departmentId: z.uuid().optional() }),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor);
      const conds: SQL[] = [eq(officers.active, true)];
      if (req.query.departmentId) conds.push(eq(officers.departmentId, req.query.departmentId));
      const rows = await db
        .select({ o: officers, departmentName: departments.name, teamName: teams.name })
        .from(officers)
        .innerJoin(departments, eq(departments.id, officers.departmentId))
        .leftJoin(teams, eq(teams.id, officers.teamId))
        .where(and(...conds))
        .orderBy(asc(departments.code), asc(officers.name));
      return {
        items: rows.map(({ o, departmentName, teamName }) => presentOfficer(o, departmentName, teamName, req.ctx.now)),
      };
    },
  );

  app.post(
    '/api/officers',
    { config: { policy: P.createOfficer },
      schema: { operationId: 'createOfficer', response: R.createOfficer,
        tags: ['organisation'],
        summary: 'Register an officer with the enforcement certificate held (admin; a dept_admin only in its own department)',
        body: createOfficerInput,
      },
    },
    async (req, reply) => reply.status(201).send(await createOfficer(db, req.ctx, req.body)),
  );

  app.patch(
    '/api/officers/:id',
    { config: { policy: P.updateOfficer },
      schema: { operationId: 'updateOfficer', response: R.updateOfficer,
        tags: ['organisation'],
        summary: 'Change an officer’s name, team or certificate (number, fields, validity, status) (admin; a dept_admin in its own department)',
        params: z.object({ id: z.uuid() }),
        body: updateOfficerInput,
      },
    },
    async (req) => updateOfficer(db, req.ctx, req.params.id, req.body),
  );

  app.get(
    '/api/teams',
    { config: { policy: P.teams },
      schema: { operationId: 'listTeams', response: R.listTeams,
        tags: ['organisation'],
        summary: 'Teams (执法大队), of one department when named',
        querystring: z.object({ departmentId: z.uuid().optional() }),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor);
      const where = req.query.departmentId ? eq(teams.departmentId, req.query.departmentId) : undefined;
      return { items: await db.select().from(teams).where(where).orderBy(asc(teams.name)) };
    },
  );
};
