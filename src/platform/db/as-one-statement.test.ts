import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { asOneStatement, runStatement } from './pipeline.js';

describe('asOneStatement', () => {
  it('renumbers each part’s parameters after the ones before it and names the whole', () => {
    const one = asOneStatement(
      'both',
      [{ name: 'a', statement: { name: 'ignored', text: 'INSERT INTO t (x, y) VALUES ($1, $2) RETURNING *', values: [1, 2] } }],
      { text: 'INSERT INTO u (x, z) SELECT a.x, $1 FROM a', values: ['z'] },
    );
    expect(one).toEqual({
      name: 'both',
      text: 'WITH a AS (INSERT INTO t (x, y) VALUES ($1, $2) RETURNING *)\nINSERT INTO u (x, z) SELECT a.x, $3 FROM a',
      values: [1, 2, 'z'],
    });
  });

  it('writes every part, the last reading an earlier one’s rows through its name', async () => {
    const database = await openDatabase({});
    try {
      await database.query('CREATE TABLE t (x int, y text)');
      await database.query('CREATE TABLE u (x int, z text)');
      const one = asOneStatement(
        'both',
        [{ name: 'a', statement: { text: 'INSERT INTO t (x, y) VALUES ($1::int, $2) RETURNING *', values: [7, 'y'] } }],
        { text: 'INSERT INTO u (x, z) SELECT a.x, $1 FROM a', values: ['z'] },
      );
      await runStatement(database.db, one);
      expect(await database.query('SELECT x, y FROM t')).toEqual([{ x: 7, y: 'y' }]);
      expect(await database.query('SELECT x, z FROM u')).toEqual([{ x: 7, z: 'z' }]);
    } finally {
      await database.close();
    }
  });
});
