import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { organisationPolicies as P } from './policy.js';
import { listDepartments } from './list-departments.js';
import { listDivisions } from './list-divisions.js';
import { listOfficers } from './list-officers.js';
import { listTeams } from './list-teams.js';
import { createOfficerInput, updateOfficerInput } from './officer-input.js';
import { createOfficer } from './create-officer.js';
import { updateOfficer } from './update-officer.js';
import * as R from './responses.js';

export const organisationRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get('/api/departments', { config: { policy: P.departments }, schema: { operationId: 'listDepartments', response: R.listDepartments, tags: ['organisation'], summary: 'Departments' } }, async (req) =>
    listDepartments(db, req.ctx),
  );

  app.get(
    '/api/divisions',
    { config: { policy: P.divisions }, schema: { operationId: 'listDivisions', response: R.listDivisions, tags: ['organisation'], summary: 'Administrative divisions (GB/T 2260)', querystring: z.object({ parent: z.string().regex(/^\d{6}$/).optional() }) } },
    async (req) => listDivisions(db, req.ctx, req.query.parent),
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
    async (req) => listOfficers(db, req.ctx, req.query.departmentId),
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
    async (req) => listTeams(db, req.ctx, req.query.departmentId),
  );
};
