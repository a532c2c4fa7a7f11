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

  it('renumbers each set of texts it is given, whatever the name (made once per set)', () => {
    const a = { text: 'SELECT $1, $2', values: [1, 2] };
    const first = asOneStatement('same', [{ name: 'a', statement: a }], { text: 'SELECT $1', values: [3] });
    const again = asOneStatement('same', [{ name: 'a', statement: a }], { text: 'SELECT $1', values: [4] });
    const other = asOneStatement('same', [{ name: 'a', statement: { text: 'SELECT $1', values: [1] } }], { text: 'SELECT $1', values: [3] });
    expect(first.text).toBe('WITH a AS (SELECT $1, $2)\nSELECT $3');
    expect(again).toEqual({ name: 'same', text: first.text, values: [1, 2, 4] });
    expect(other.text).toBe('WITH a AS (SELECT $1)\nSELECT $2');
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
