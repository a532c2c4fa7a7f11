import { z } from 'zod';
import { organisationPolicies as P } from './policy.js';
import { listDepartments } from './list-departments.js';
import { listDivisions } from './list-divisions.js';
import { listOfficers } from './list-officers.js';
import { listTeams } from './list-teams.js';
import { createOfficerInput, updateOfficerInput } from './officer-input.js';
import { createOfficer } from './create-officer.js';
import { updateOfficer } from './update-officer.js';
import * as R from './responses.js';
import { defineRoutes } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';

/** The filter of the lists of one department's people and teams. */
const departmentQuery = z.object({ departmentId: z.uuid().optional() });

export const organisationRoutes = defineRoutes(['organisation'], ({ route, db }) => {
  const op = operationRoutes(route, db);
  op.get('/api/departments', {
    policy: P.departments,
    operationId: 'listDepartments',
    summary: 'Departments',
    response: R.listDepartments,
  }, listDepartments);

  op.get('/api/divisions', {
    policy: P.divisions,
    operationId: 'listDivisions',
    summary: 'Administrative divisions (GB/T 2260)',
    querystring: z.object({ parent: z.string().regex(/^\d{6}$/).optional() }),
    response: R.listDivisions,
  }, listDivisions);

  op.get('/api/officers', {
    policy: P.officers,
    operationId: 'listOfficers',
    summary: 'Officers with enforcement certificate and its validity',
    querystring: departmentQuery,
    response: R.listOfficers,
  }, listOfficers);

  op.post('/api/officers', {
    policy: P.createOfficer,
    operationId: 'createOfficer',
    summary: 'Register an officer with the enforcement certificate held (admin; a dept_admin only in its own department)',
    body: createOfficerInput,
    response: R.createOfficer,
  }, createOfficer);

  op.patch('/api/officers/:id', {
    policy: P.updateOfficer,
    operationId: 'updateOfficer',
    summary: 'Change an officer’s name, team or certificate (number, fields, validity, status) (admin; a dept_admin in its own department)',
    body: updateOfficerInput,
    response: R.updateOfficer,
  }, updateOfficer);

  op.get('/api/teams', {
    policy: P.teams,
    operationId: 'listTeams',
    summary: 'Teams (执法大队), of one department when named',
    querystring: departmentQuery,
    response: R.listTeams,
  }, listTeams);
});
