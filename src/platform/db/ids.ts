import { uuidv7 } from 'uuidv7';

/** Time-ordered UUID (v7), generated in the application so no SQL needs uuidv7() (absent before PostgreSQL 18). */
export const newId = (): string => uuidv7();
